package org.livebrief.names.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.livebrief.testing.Api;

/**
 * The names evaluation (bench/names): registers every entity of a dataset through the public REST API
 * with its native names and preferred English spelling only, then measures resolve recall, false
 * merges and the style checker through the same API, and analysis throughput in this JVM.
 *
 * <p>Arguments: base URL (…/livebrief/), entities file, sentences file. Prints a Markdown report.
 */
public final class NamesEvaluation {

    private final Api api;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, String> datasetIds = new HashMap<>();
    private final Tally latin = new Tally();
    private final Tally nonLatin = new Tally();
    private final Tally historical = new Tally();
    private final Tally probes = new Tally();
    private final List<String> log = new ArrayList<>();
    private int alreadyHeld;

    /** Counts of one category of queries. */
    static final class Tally {
        int total;
        int right;
        int wrong;

        double recall() {
            return total == 0 ? Double.NaN : (double) right / total;
        }
    }

    NamesEvaluation(URI base) {
        this.api = new Api(base);
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        JsonArray entities = read(Path.of(args[1]));
        JsonArray sentences = read(Path.of(args[2]));
        NamesEvaluation evaluation = new NamesEvaluation(base);
        evaluation.register(entities);
        evaluation.resolveVariants(entities);
        evaluation.probeConfusables(entities);
        StyleScore style = new StyleScore(evaluation.api, evaluation.ids);
        style.check(sentences);
        AnalysisThroughput.Result speed = AnalysisThroughput.measure(Corpus.of(entities, sentences), 40);
        new Report(evaluation, style, speed, args).print(System.out);
    }

    static JsonArray read(Path path) throws java.io.IOException {
        return Json.createReader(new StringReader(Files.readString(path))).readArray();
    }

    void register(JsonArray entities) {
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            var names = Json.createObjectBuilder(entity.getJsonObject("native"));
            names.add("en", entity.getString("preferred_en"));
            String body = Json.createObjectBuilder().add("type", entity.getString("type").toLowerCase(Locale.ROOT))
                    .add("names", names).build().toString();
            Api.Reply reply = api.as("editor").post("api/names", body);
            long id;
            if (reply.status() == 409) {
                id = reply.json().getJsonNumber("existingId").longValue();
                alreadyHeld++;
            } else if (reply.status() == 201) {
                id = reply.json().getJsonNumber("id").longValue();
            } else {
                throw new IllegalStateException("Cannot register " + entity.getString("id") + ": " + reply);
            }
            ids.put(entity.getString("id"), id);
            datasetIds.put(id, entity.getString("id"));
        }
    }

    void resolveVariants(JsonArray entities) {
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            List<String> former = strings(entity.getJsonArray("historical"));
            for (String variant : strings(entity.getJsonArray("variants"))) {
                Tally tally = former.contains(variant) ? historical : isLatin(variant) ? latin : nonLatin;
                score(tally, variant, entity.getString("id"), true);
            }
        }
    }

    /** Confusables outside the dataset: their id as words ("olena-zelenska") must not resolve to the entity. */
    void probeConfusables(JsonArray entities) {
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            for (String other : strings(entity.getJsonArray("confusable_with"))) {
                if (!ids.containsKey(other)) {
                    score(probes, words(other), entity.getString("id"), false);
                }
            }
        }
    }

    private void score(Tally tally, String query, String expected, boolean shouldMatch) {
        tally.total++;
        JsonObject resolved = api.get("api/names/resolve?limit=3&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json();
        JsonArray matches = resolved.getJsonArray("matches");
        // "ambiguous" is the authority saying it does not know (the contract): neither a resolution, nor a
        // merge.
        boolean ambiguous = resolved.getBoolean("ambiguous", false);
        Long top = matches.isEmpty() || ambiguous ? null : matches.getJsonObject(0).getJsonNumber("id").longValue();
        Long want = ids.get(expected);
        if (shouldMatch && want.equals(top)) {
            tally.right++;
        } else if (top != null && (shouldMatch || want.equals(top))) {
            tally.wrong++;
            log.add("false merge: `" + query + "` → " + datasetIds.getOrDefault(top, "entity " + top)
                    + " (expected " + (shouldMatch ? expected : "not " + expected) + ")");
        } else if (shouldMatch) {
            log.add((ambiguous ? "ambiguous: `" : "miss: `") + query + "` (" + expected + ")");
        } else {
            tally.right++;
        }
    }

    static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    static String words(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    Tally latin() {
        return latin;
    }

    Tally nonLatin() {
        return nonLatin;
    }

    Tally historical() {
        return historical;
    }

    Tally probes() {
        return probes;
    }

    List<String> log() {
        return log;
    }

    int registered() {
        return ids.size();
    }

    int alreadyHeld() {
        return alreadyHeld;
    }
}
