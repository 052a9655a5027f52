package org.livebrief.briefing;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code livebrief.reader.*} settings (MicroProfile Config; see the README's configuration table).
 *
 * @param retractions what readers see where a retracted update was: a notice with the reason, or nothing
 */
public record ReaderSettings(Retractions retractions) {

    /** How the reader page and its live script show a retracted update. */
    public enum Retractions {
        /** "This update was withdrawn: {reason}" where the update was, live and on reload. */
        NOTICE,
        /** The update disappears without a trace on the page (feeds still carry its tombstone). */
        REMOVE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ReaderSettings current() {
        return from(ConfigProvider.getConfig());
    }

    static ReaderSettings from(Config config) {
        return of(config.getOptionalValue("livebrief.reader.retractions", String.class).orElse(null));
    }

    /** {@code notice} (also when unset) or {@code remove}; anything else is refused at start-up. */
    static ReaderSettings of(String retractions) {
        String value = retractions == null ? "notice" : retractions.strip().toLowerCase(Locale.ROOT);
        for (Retractions choice : Retractions.values()) {
            if (choice.jsonName().equals(value)) {
                return new ReaderSettings(choice);
            }
        }
        throw new IllegalArgumentException("livebrief.reader.retractions must be notice or remove, not " + retractions);
    }

    boolean showsNotices() {
        return retractions == Retractions.NOTICE;
    }
}
