package org.livebrief.names;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a spelling that looks wrong is right: inside an entity's exception phrases ("chicken Kiev",
 * "Dynamo Kyiv"), and for a place followed by a US state or Canadian province ("Odessa, Texas"), which
 * names a namesake, not the entity.
 */
final class Contexts {

    private static final Set<String> REGIONS = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana",
            "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "alberta", "british columbia", "manitoba",
            "new brunswick", "newfoundland", "nova scotia", "ontario", "quebec", "saskatchewan");
    private static final Pattern FOLLOWING_REGION = Pattern.compile("^,\\s*(\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*)?)");

    private Contexts() {
    }

    static boolean excuse(NameCard card, String text, int start, int end) {
        return insidePhrase(card, text, start, end) || card.type() == EntityType.PLACE && namesakeAbroad(text, end);
    }

    private static boolean insidePhrase(NameCard card, String text, int start, int end) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : card.contexts()) {
            String p = phrase.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
                if (at <= start && end <= at + p.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesakeAbroad(String text, int end) {
        Matcher region = FOLLOWING_REGION.matcher(text.substring(end));
        if (!region.find()) {
            return false;
        }
        String words = region.group(1).toLowerCase(Locale.ROOT);
        return REGIONS.contains(words) || REGIONS.contains(words.split("\\s")[0]);
    }
}
