package org.livebrief.briefing;

import java.util.Locale;
import java.util.Optional;

/**
 * Datelines (issue #17, item 4): the place an entry was reported from is a place of the name authority, so its name
 * follows the briefing's language and the newsroom's house style ("KYIV —", "КИЇВ —", "KIJEV —") and is the same
 * entity the tagger knows. Implemented by the {@code names} package, which the publishing packages may not call.
 */
public interface Datelines {

    /** The place's name in {@code language} as a dateline shows it, or empty when {@code entityId} is not a place. */
    Optional<String> place(long entityId, String language);

    /**
     * A dateline as readers see it: the place's name in capitals where its script has them (Latin, Cyrillic, Greek,
     * Armenian: upper case by the page language's rules, so Azerbaijani and Turkish keep their dotted İ), as written
     * elsewhere (Georgian's capitals are not for names, Arabic script has none), then an em dash.
     */
    static String shown(String place, Locale language) {
        int first = place.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        Character.UnicodeScript script = first < 0 ? Character.UnicodeScript.COMMON : Character.UnicodeScript.of(first);
        boolean cased = switch (script) {
            case LATIN, CYRILLIC, GREEK, ARMENIAN -> true;
            default -> false;
        };
        return (cased ? place.toUpperCase(language) : place) + " —";
    }
}
