package org.livebrief.names;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The towns and cities of the beat (8,000 with 5,000 people or more) with every name GeoNames has for them in
 * the beat's scripts: former names (Frunze and Pishpek for Bishkek, Leninakan and Alexandropol for Gyumri,
 * Yelisavetgrad and Zinovievsk for Kropyvnytskyi) and other languages' names (Gardinas for Hrodna, Chudschand for
 * Khujand). From GeoNames' cities1000 file (CC BY 4.0), written into {@code names/gazetteer.tsv} by
 * {@code src/main/scripts/gazetteer.py}; {@code docs/names-data.md} says where it comes from.
 *
 * <p>The file gives no language per name, so agreement is by the place's own names: a registered place gets a
 * town's names when one of its registered non-English names is one of the town's names (compared by name keys,
 * every word), in the native script or another, the town lies in a country where a language of those names is
 * spoken ({@link #spokenIn}), and it is the only such town, or the only one that also has the place's English name,
 * or in the languages' likely country (Приморськ in Ukrainian is Ukraine's Prymorsk, not Russia's Primorsk), or with
 * more of the registered names, or by far the most populous ({@link #one}). Anything else is no agreement: a name
 * GeoNames gives many towns of one country gets nothing. A region never takes a town's names: a registered name with
 * an administrative word (oblast, область) keys differently from every town's name. A place registered by a town's
 * former name as an entity of its own (Stalino) gets the town's names too: nothing in the file tells a former name.
 */
final class Gazetteer {

    private static final String RESOURCE = "/names/gazetteer.tsv";
    /** How many times the people of every other candidate the most populous needs to be the one meant. */
    private static final int DOMINANT = 10;
    /** Per language tag: the countries where it is spoken ({@link #spokenIn}), and its likely one. */
    private static final Map<String, Set<String>> SPOKEN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> LIKELY = new java.util.concurrent.ConcurrentHashMap<>();

    record Town(long id, String country, long population, List<String> names) {
    }

    private static volatile Gazetteer instance;

    private final List<Town> towns;
    private final Map<String, List<Town>> byKey = new HashMap<>();

    private Gazetteer(List<Town> towns) {
        this.towns = List.copyOf(towns);
        for (Town town : this.towns) {
            Set<String> keys = new HashSet<>();
            for (String name : town.names()) {
                String key = CldrPlaces.key(name);
                if (!key.isEmpty() && keys.add(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(town);
                }
            }
        }
    }

    static Gazetteer get() {
        Gazetteer known = instance;
        if (known == null) {
            synchronized (Gazetteer.class) {
                known = instance;
                if (known == null) {
                    known = new Gazetteer(read());
                    instance = known;
                }
            }
        }
        return known;
    }

    static List<Town> read() {
        List<Town> towns = new ArrayList<>();
        try (var in = Gazetteer.class.getResourceAsStream(RESOURCE);
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, RESOURCE),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != 5) {
                    throw new IllegalStateException(RESOURCE + ": not id, country, population, name, others: " + line);
                }
                List<String> names = new ArrayList<>();
                names.add(row[3]);
                if (!row[4].isEmpty()) {
                    names.addAll(List.of(row[4].split("\\|")));
                }
                towns.add(new Town(Long.parseLong(row[0]), row[1], Long.parseLong(row[2]), List.copyOf(names)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return towns;
    }

    /**
     * The countries where a language is spoken, as ICU knows them: its likely region (Russian: Russia) and the
     * region of every ICU locale of the language (ru_UA, ru_KZ, ro_MD, sq_MK). Empty for a language ICU has no
     * data for (Montenegrin, Dari): then the countries say nothing.
     */
    static Set<String> spokenIn(String language) {
        return SPOKEN.computeIfAbsent(language.toLowerCase(Locale.ROOT), tag -> {
            ULocale locale = ULocale.forLanguageTag(tag);
            Set<String> regions = new java.util.TreeSet<>();
            String likely = ULocale.addLikelySubtags(locale).getCountry();
            if (!likely.isEmpty()) {
                regions.add(likely);
            }
            for (ULocale available : ULocale.getAvailableLocales()) {
                if (available.getLanguage().equals(locale.getLanguage()) && !available.getCountry().isEmpty()) {
                    regions.add(available.getCountry());
                }
            }
            return Set.copyOf(regions);
        });
    }

    int size() {
        return towns.size();
    }

    /**
     * The names of the one town these registered names ({@code names}: language → name) name, less the
     * registered ones; none when no town or more than one agrees ({@link Gazetteer}).
     */
    List<String> names(Map<String, String> names) {
        Map<String, String> keys = new HashMap<>();
        names.values().forEach(name -> keys.computeIfAbsent(name, CldrPlaces::key));
        Set<Town> candidates = new LinkedHashSet<>();
        Set<String> countries = new HashSet<>();
        boolean unknown = false;
        Set<String> likely = new HashSet<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            String language = name.getKey().toLowerCase(Locale.ROOT);
            if (language.equals("en") || language.startsWith("en-")) {
                continue;
            }
            candidates.addAll(byKey.getOrDefault(keys.get(name.getValue()), List.of()));
            String region = LIKELY.computeIfAbsent(language,
                    tag -> ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getCountry());
            if (!region.isEmpty()) {
                likely.add(region);
            }
            Set<String> spoken = spokenIn(language);
            if (spoken.isEmpty()) {
                unknown = true;
            }
            countries.addAll(spoken);
        }
        Town town = one(List.copyOf(candidates), unknown ? null : countries, likely, names.get("en"), keys);
        if (town == null) {
            return List.of();
        }
        Set<String> registered = new HashSet<>(names.values());
        return town.names().stream().filter(n -> !registered.contains(n)).toList();
    }

    /**
     * The one town of the candidates, narrowed step by step while more than one is left: to the countries where the
     * registered names' languages are spoken, to those that have the English name too, to the languages' likely
     * countries (Russian: Russia, though ICU has Russian locales of Ukraine and Kazakhstan), to those that have the
     * most of the registered names; then the most populous if it has ten times the people of any other (Donetsk, the city
     * of a million, over the Russian town of 50,000 with the same name); else none.
     */
    private Town one(List<Town> candidates, Set<String> countries, Set<String> likely, String english,
                     Map<String, String> keys) {
        // Only towns where a language of the registered names is spoken: a place named in Ukrainian and Russian that
        // only an Armenian town's names share (Kalinino, Tashir's former name) is another place.
        List<Town> left = countries == null ? candidates
                : candidates.stream().filter(t -> countries.contains(t.country())).toList();
        if (english != null) {
            List<Town> named = byKey.getOrDefault(keys.get(english), List.of());
            left = narrow(left, named::contains);
        }
        left = narrow(left, t -> likely.contains(t.country()));
        if (left.size() > 1) {
            Map<Town, Long> matched = new HashMap<>();
            for (String key : keys.values()) {
                byKey.getOrDefault(key, List.of()).forEach(t -> matched.merge(t, 1L, Long::sum));
            }
            long most = left.stream().mapToLong(t -> matched.getOrDefault(t, 0L)).max().orElse(0);
            left = narrow(left, t -> matched.getOrDefault(t, 0L) == most);
        }
        if (left.size() > 1) {
            List<Town> byPeople = new ArrayList<>(left);
            byPeople.sort(Comparator.comparingLong(Town::population).reversed());
            return byPeople.get(0).population() >= DOMINANT * byPeople.get(1).population() ? byPeople.get(0) : null;
        }
        return left.isEmpty() ? null : left.get(0);
    }

    /** The towns that pass, if any does; else all of them (a narrowing that leaves none says nothing). */
    private static List<Town> narrow(List<Town> towns, java.util.function.Predicate<Town> test) {
        if (towns.size() <= 1) {
            return towns;
        }
        List<Town> passed = towns.stream().filter(test).toList();
        return passed.isEmpty() ? towns : passed;
    }
}
