package org.livebrief.names;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a spelling that looks wrong is right: inside an entity's exception phrases ("chicken Kiev",
 * "Dynamo Kyiv"), for a place followed by a US state or Canadian province ("Odessa, Texas"), which
 * names a namesake, not the entity, and for a place's name that names a ship, club, street, station or dish
 * by the word of its kind beside it ({@link #namedAfter}).
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

    /**
     * Words that make a place's name the name of something else, in the languages of the beat and the wires: a
     * ship after its kind (the cruiser Moskva, крейсер «Москва»), a club after its sports society or its FC (Dynamo
     * Kiev, ФК «Львів»), a street, station or stadium before or after its kind (Kievsky station, вулиця
     * Київська, Moskovsky Prospekt), a dish (chicken Kiev, Kiev cake). Kinds of things, not names: no list of the
     * namesakes themselves.
     */
    private static final Set<String> BEFORE = Set.of(
            // ships
            "cruiser", "ship", "frigate", "corvette", "destroyer", "submarine", "flagship", "warship", "vessel", "tanker",
            "ferry", "icebreaker", "крейсер", "крейсера", "крейсері", "крейсере", "корабель", "корабля", "корабль",
            "фрегат", "фрегата", "судно", "субмарина", "підводний", "підводна", "ледокол", "криголам", "kreuzer",
            "schiff", "fregatte", "krążownik", "okręt",
            // clubs: sports societies of the region and the football club abbreviations
            "fc", "sc", "fk", "sk", "bc", "hc", "hk", "фк", "ск", "хк", "бк", "dynamo", "dinamo", "динамо", "spartak",
            "спартак", "lokomotiv", "локомотив", "torpedo", "торпедо", "zenit", "зенит", "зеніт", "shakhtar", "шахтар",
            "шахтёр", "metalist", "металіст", "металлист", "karpaty", "карпати", "zorya", "зоря", "чорноморець",
            "chornomorets", "dnipro-1", "vorskla", "ворскла", "olimpik", "arsenal", "арсенал", "cska", "цска",
            // streets, squares, stations (the kind before the name: вулиця Київська, ulica Kijowska, plac)
            "street", "вулиця", "вулиці", "вул", "улица", "улицы", "ул", "проспект", "провулок", "переулок", "площа",
            "площадь", "набережна", "набережная", "бульвар", "шосе", "шоссе", "станція", "станция", "ulica", "ul",
            "aleja", "plac", "straße", "strasse", "platz", "rue", "avenue", "boulevard", "place",
            // dishes
            "chicken", "котлета", "котлети", "котлеты", "торт");
    private static final Set<String> AFTER = Set.of(
            "street", "st", "avenue", "ave", "lane", "square", "boulevard", "prospekt", "prospect", "embankment",
            "station", "terminal", "stadium", "arena", "cake", "cutlet", "cutlets", "salad", "fc", "straße",
            "strasse", "platz", "allee", "вулиця", "улица", "проспект", "площа", "площадь", "вокзал", "вокзалі",
            "вокзале", "вокзала", "стадіон", "стадион", "торт", "ulica", "dworzec");
    private static final String QUOTES = "\"'«»„“”‘’‹›";

    static boolean excuse(NameCard card, String text, int start, int end) {
        return insidePhrase(card, text, start, end)
                || card.type() == EntityType.PLACE && (namesakeAbroad(text, end) || namedAfter(text, start, end));
    }

    /**
     * The same, for a span found through the place's former or foreign name ({@code otherName}): such a name is often
     * a person's surname (Frunze, Kirov, Shevchenko, Dimitrov: the Soviet renamings honoured people), and one written
     * as a single word right after a capitalised word (Mikhail Frunze, T. Shevchenko) is the person, not the place.
     */
    static boolean excuse(NameCard card, boolean otherName, String text, int start, int end) {
        return excuse(card, text, start, end) || otherName && card.type() == EntityType.PLACE
                && text.substring(start, end).codePoints().noneMatch(Character::isWhitespace) && afterGivenName(text, start);
    }

    /**
     * Capitalised words that open a sentence and may stand before a place's name: prepositions and articles of the
     * beat's and the wires' languages.
     */
    private static final Set<String> BEFORE_PLACES = Set.of("in", "at", "from", "to", "into", "near", "outside",
            "inside", "around", "across", "over", "via", "through", "towards", "toward", "beyond", "past", "the", "and",
            "of", "for", "on", "by", "with", "like", "both", "but", "or", "while", "as", "since", "until", "after",
            "before", "between", "within", "under", "along", "off", "onto", "upon", "against", "im", "nach",
            "aus", "bei", "von", "vor", "zu", "um", "à", "au", "en", "dans", "de", "du", "le", "la", "les", "vers",
            "près", "w", "we", "z", "ze", "do", "na", "pod", "przy", "koło", "od", "в", "во", "у", "з", "із", "зі", "из",
            "на", "до", "под", "під", "біля", "около", "возле", "за", "от", "від", "по", "через", "над", "та", "и", "і",
            "й", "а");

    /** Whether the word right before {@code at} (one space between) is capitalised and no preposition or article. */
    static boolean afterGivenName(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return false;
        }
        int end = at - 1;
        int i = end;
        if (text.charAt(i - 1) == '.') {
            i--; // an initial: T. Shevchenko
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == wordEnd || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        return !BEFORE_PLACES.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** The place's name names a ship, club, street, station or dish here ({@link #BEFORE}, {@link #AFTER}). */
    static boolean namedAfter(String text, int start, int end) {
        String before = wordBefore(text, start);
        String after = wordAfter(text, end);
        return before != null && BEFORE.contains(before) || after != null && AFTER.contains(after);
    }

    /** The word right before {@code at} (quotes and one space between), lower case, without a final dot. */
    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && QUOTES.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || !Character.isWhitespace(text.charAt(i - 1))) {
            return null;
        }
        i--;
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--; // "вул. Київська"
        }
        int wordEnd = i;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i == wordEnd ? null : text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
    }

    /** The word right after {@code at} (quotes and one space between), lower case. */
    private static String wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && QUOTES.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == text.length() || !Character.isWhitespace(text.charAt(i))) {
            return null;
        }
        i++;
        int wordStart = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i == wordStart ? null : text.substring(wordStart, i).toLowerCase(Locale.ROOT);
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
