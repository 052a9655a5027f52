package org.livebrief.names;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of countries and of the world's time-zone cities in other languages, from the Unicode CLDR data
 * that ships inside ICU4J (Unicode licence, see {@code docs/names-data.md}): Tiflis and თბილისი for
 * Tbilisi, Alma Ata for Almaty, Samarcande for Samarkand, Weißrussland-era and current country names.
 * These are the exonyms a newsroom's other-language services and wire copy write.
 *
 * <p>A registered place gets them only when CLDR agrees with it: one of its native (non-English) names is
 * CLDR's name of that country or city in the same language (compared by name keys, so Chisinau is Chișinău,
 * and Сарајево is Sarajevo), and none of its native names in a language CLDR has a name for disagrees. So
 * "Georgia" registered with its Georgian name საქართველო is the country, while a "Georgia" registered in
 * English only (the country or the American state?) gets nothing.
 *
 * <p>Beside CLDR's countries and cities: the ISO 3166-2 subdivisions of the beat's countries (regions, provinces, oblasts,
 * autonomous republics) with their names in 34 languages, from Debian's iso-codes and its translation teams
 * (LGPL-2.1-or-later; {@code src/main/scripts/subdivisions.py} writes {@code names/subdivisions.tsv}): Adscharien and
 * აჭარა for Adjara, obwód grodzieński for the Grodno Region. A subdivision's names often differ in form between
 * languages, one with the administrative word (Гродненская область), another without (Ширак): such a pair is
 * neither agreement nor disagreement, and a place whose registered names have no administrative word (the city of
 * Kabul) gets only the subdivision's names without one (Kaboul, not the province's phrases), so a city never takes
 * its region's names.
 *
 * <p>Built once, on first use, from the {@link #LANGUAGES} of the beat and of the wires; about 40 languages ×
 * 700 places, and the 1,460 subdivisions of the beat's countries.
 */
final class CldrPlaces {

    /** The languages whose CLDR names are taken: the beat's, and the languages wire copy comes in. */
    static final List<String> LANGUAGES = List.of("en", "uk", "ru", "be", "pl", "de", "fr", "es", "it", "pt",
            "nl", "cs", "sk", "hu", "ro", "bg", "sr", "bs", "hr", "sl", "mk", "sq", "el", "tr", "az", "ka", "hy", "kk",
            "ky", "uz", "tg", "tk", "fa", "ps", "ar", "he", "lt", "lv", "et", "fi", "sv", "mn", "tt", "ba", "ce", "os");

    /**
     * One place: its name per language ({@code und}: a subdivision's romanized name in the ISO list, which counts
     * for nothing in agreement), and any further names ({@code others}: a second name in one language).
     */
    record Place(String id, Map<String, String> names, List<String> others) {
        Place(String id, Map<String, String> names) {
            this(id, names, List.of());
        }

        boolean isSubdivision() {
            return id.startsWith(SUBDIVISION);
        }

        List<String> all() {
            List<String> all = new ArrayList<>(new LinkedHashSet<>(names.values()));
            others.stream().filter(n -> !all.contains(n)).forEach(all::add);
            return all;
        }
    }

    static final String SUBDIVISION = "iso3166-2:";
    private static final String SUBDIVISIONS = "/names/subdivisions.tsv";

    private static volatile CldrPlaces instance;

    private final List<Place> places;
    /** Every place by the English-reading key of each of its names (all words joined). */
    private final Map<String, List<Place>> byKey = new HashMap<>();

    private CldrPlaces(List<Place> places) {
        this.places = List.copyOf(places);
        for (Place place : this.places) {
            for (String name : place.all()) {
                byKey.computeIfAbsent(key(name), k -> new ArrayList<>()).add(place);
            }
        }
    }

    static CldrPlaces get() {
        CldrPlaces known = instance;
        if (known == null) {
            synchronized (CldrPlaces.class) {
                known = instance;
                if (known == null) {
                    known = load();
                    instance = known;
                }
            }
        }
        return known;
    }

    static CldrPlaces load() {
        List<ULocale> locales = LANGUAGES.stream().map(ULocale::new).toList();
        List<Place> places = new ArrayList<>();
        for (String country : ULocale.getISOCountries()) {
            ULocale territory = new ULocale("und", country);
            Map<String, String> names = new LinkedHashMap<>();
            for (ULocale locale : locales) {
                String name = territory.getDisplayCountry(locale);
                if (!name.isEmpty() && !name.equals(country)) {
                    names.putIfAbsent(locale.getLanguage(), name);
                }
            }
            if (names.containsKey("en")) {
                places.add(new Place("territory:" + country, names));
            }
        }
        List<TimeZoneNames> zoneNames = locales.stream().map(TimeZoneNames::getInstance).toList();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < locales.size(); i++) {
                String name = zoneNames.get(i).getExemplarLocationName(zone);
                if (name != null && !name.isEmpty()) {
                    names.putIfAbsent(locales.get(i).getLanguage(), name);
                }
            }
            if (names.containsKey("en")) {
                places.add(new Place("zone:" + zone, names));
            }
        }
        places.addAll(subdivisions());
        return new CldrPlaces(places);
    }

    /** The ISO 3166-2 subdivisions with their names, from the generated resource (code, type, language, name). */
    static List<Place> subdivisions() {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Map<String, List<String>> others = new HashMap<>();
        try (var in = CldrPlaces.class.getResourceAsStream(SUBDIVISIONS);
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                     java.util.Objects.requireNonNull(in, SUBDIVISIONS), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t", 4);
                if (row.length < 4) {
                    throw new IllegalStateException(SUBDIVISIONS + ": not code, type, language, name: " + line);
                }
                String id = SUBDIVISION + row[0];
                if (names.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(row[2], row[3]) != null) {
                    others.computeIfAbsent(id, k -> new ArrayList<>()).add(row[3]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Place> places = new ArrayList<>();
        names.forEach((id, byLanguage) -> places.add(new Place(id, byLanguage, others.getOrDefault(id, List.of()))));
        return places;
    }

    int size() {
        return places.size();
    }

    /**
     * CLDR's names, in every language it has, of the place these registered names name ({@code names}:
     * language → name), or none when CLDR has no such place or does not agree with every registered name.
     */
    List<String> exonyms(Map<String, String> names) {
        Set<Place> candidates = new LinkedHashSet<>();
        for (String name : names.values()) {
            candidates.addAll(byKey.getOrDefault(key(name), List.of()));
        }
        List<String> exonyms = new ArrayList<>();
        boolean unitRegistered = names.values().stream().anyMatch(CldrPlaces::namesUnit);
        for (Place place : candidates) {
            if (agrees(place, names)) {
                for (String exonym : place.all()) {
                    boolean fits = !place.isSubdivision() || unitRegistered || !namesUnit(exonym);
                    if (fits && !names.containsValue(exonym) && !exonyms.contains(exonym)) {
                        exonyms.add(exonym);
                    }
                }
            }
        }
        return exonyms;
    }

    /** Whether a name has an administrative unit's word (oblast, область, province, район, republic …) in it. */
    static boolean namesUnit(String name) {
        for (Words.Word word : Words.of(name)) {
            String meaning = GenericWords.meaning(word.text());
            if (meaning != null && (meaning.equals("republic") || GenericWords.isRegion(AnalyzedName.GENERIC_MARK + meaning))) {
                return true;
            }
        }
        return false;
    }

    /**
     * At least one registered native name is CLDR's in its language, and none is another name in a language
     * CLDR has. English names do not count either way: a house spelling (Zaporizhzhya) may differ from CLDR's
     * (Zaporozhye), and an English name alone is too weak a tie (Georgia, the country or the state).
     */
    private static boolean agrees(Place place, Map<String, String> names) {
        boolean same = false;
        for (Map.Entry<String, String> name : names.entrySet()) {
            String language = primary(name.getKey());
            String cldr = "en".equals(language) ? null : place.names().get(language);
            if (cldr == null) {
                continue;
            }
            if (!key(cldr).equals(key(name.getValue()))) {
                if (place.isSubdivision() && namesUnit(cldr) != namesUnit(name.getValue())) {
                    continue; // one form with the unit's word, one without: neither agrees nor disagrees
                }
                return false;
            }
            same = true;
        }
        return same;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** A name's words' English-reading keys, joined: the same for Chisinau and Chișinău. */
    static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (Words.Word word : Words.of(name)) {
            key.append(key.isEmpty() ? "" : " ").append(NameKeys.skeleton(word.text()));
        }
        return key.toString();
    }
}
