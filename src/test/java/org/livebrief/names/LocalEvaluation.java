package org.livebrief.names;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A quick, in-process form of the names evaluation ({@code bench/names/run.sh} is the real one, through the
 * REST API on a running server): builds a {@link NameIndex} of a dataset's entities from their native names
 * and preferred English spelling only, through {@link NameCard#indexEntry} as the server does, and scores resolving
 * every variant. For developing a matching rule in seconds; the figures to report come from the bench.
 *
 * <p>Arguments: one or more entity files. Prints recall per class, false merges and every miss.
 */
public final class LocalEvaluation {

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            evaluate(Path.of(file));
        }
    }

    static void evaluate(Path file) throws Exception {
        JsonArray entities = Json.createReader(new StringReader(Files.readString(file))).readArray();
        List<NameCard> cards = new ArrayList<>();
        Map<Long, String> ids = new HashMap<>();
        long next = 1;
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            entity.getJsonObject("native").forEach((k, v) -> names.put(k, ((JsonString) v).getString()));
            names.put("en", entity.getString("preferred_en"));
            List<NameSpelling> spellings = new ArrayList<>();
            names.forEach((language, text) -> spellings.add(NameSpelling.name(language.toLowerCase(Locale.ROOT), text)));
            EntityType type = EntityType.valueOf(entity.getString("type"));
            cards.add(new NameCard(next, type, spellings, List.of()));
            ids.put(next++, entity.getString("id"));
        }
        NameIndex index = NameIndex.of(cards.stream().map(NameCard::indexEntry).toList());
        int[][] tally = new int[3][3];
        List<String> log = new ArrayList<>();
        long id = 1;
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            List<String> historical = strings(entity.getJsonArray("historical"));
            for (String variant : strings(entity.getJsonArray("variants"))) {
                int c = historical.contains(variant) ? 2 : isLatin(variant) ? 0 : 1;
                tally[c][0]++;
                NameIndex.Resolution resolution = index.resolve(variant, 3);
                List<NameIndex.Match> matches = resolution.matches();
                // "ambiguous" is the authority saying it does not know: neither a resolution nor a merge.
                Long top = matches.isEmpty() || resolution.ambiguous() ? null : matches.get(0).entityId();
                if (top != null && top == id) {
                    tally[c][1]++;
                } else if (top != null) {
                    tally[c][2]++;
                    log.add("false merge: `" + variant + "` → " + ids.get(top) + " (expected " + ids.get(id) + ")");
                } else {
                    log.add((resolution.ambiguous() ? "ambiguous: `" : "miss: `") + variant + "` (" + ids.get(id) + ")");
                }
            }
            id++;
        }
        String[] names = {"Latin", "non-Latin", "historical"};
        System.out.println("## " + file.getFileName() + " (" + entities.size() + " entities)");
        for (int c = 0; c < 3; c++) {
            System.out.printf(Locale.ROOT, "%-10s recall %.3f (%d of %d), wrong %d%n", names[c],
                    (double) tally[c][1] / tally[c][0], tally[c][1], tally[c][0], tally[c][2]);
        }
        log.forEach(System.out::println);
    }

    static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
