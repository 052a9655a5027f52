package org.livebrief.names.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The texts the throughput is measured on: every sentence and every name and variant, repeated. */
final class Corpus {

    static final int REPEAT = 40;

    private Corpus() {
    }

    static List<String> of(JsonArray entities, JsonArray sentences) {
        List<String> once = new ArrayList<>();
        sentences.getValuesAs(JsonObject.class).forEach(s -> once.add(s.getString("text")));
        for (JsonObject entity : entities.getValuesAs(JsonObject.class)) {
            StringBuilder names = new StringBuilder(entity.getString("preferred_en"));
            entity.getJsonObject("native").values().forEach(v -> names.append(", ").append(v.toString().replace("\"", "")));
            NamesEvaluation.strings(entity.getJsonArray("variants")).forEach(v -> names.append(", ").append(v));
            once.add(names.toString());
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < REPEAT; i++) {
            texts.addAll(once);
        }
        return texts;
    }
}
