package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.livebrief.briefing.Datelines;

/**
 * Datelines from the name authority: a place's name in the briefing's language as the default house style prefers
 * it ({@link NameCard#preferred}), from a snapshot at most a second old ({@link NameDirectory#recent}), so a page with
 * many datelines does not ask the database once per entry.
 */
@ApplicationScoped
public class DatelinePlaces implements Datelines {

    @Inject
    NameDirectory directory;

    @Inject
    Names names;

    @Override
    public Optional<String> place(long entityId, String language) {
        NameCard card = directory.recent().card(entityId);
        if (card == null) {
            // Not in the snapshot held for a second: a place registered a moment ago must count at once (an editor
            // registers a town and makes it the dateline). A miss asks the directory, which checks the database.
            card = directory.current().card(entityId);
        }
        if (card == null || card.type() != EntityType.PLACE) {
            return Optional.empty();
        }
        HouseStyle style = names.defaultStyle();
        // A briefing in sr-Latn takes the authority's sr-Latn spelling where it has one, else its Serbian one.
        String tag = java.util.Locale.forLanguageTag(language).toLanguageTag();
        String chosen = card.spellings().stream().anyMatch(s -> tag.equals(s.language())) ? tag
                : java.util.Locale.forLanguageTag(language).getLanguage();
        return Optional.of(card.preferred(chosen, style, style));
    }
}
