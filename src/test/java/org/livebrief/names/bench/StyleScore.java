package org.livebrief.names.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.livebrief.testing.Api;

/**
 * The style checker's precision and recall on expected findings. A returned finding is right when its
 * offsets cover the expected {@code found} text, its preferred spelling is the expected one and it names
 * the expected entity.
 */
final class StyleScore {

    private final Api api;
    private final Map<String, Long> ids;
    int expected;
    int returned;
    int right;
    final List<String> log = new ArrayList<>();

    StyleScore(Api api, Map<String, Long> ids) {
        this.api = api;
        this.ids = ids;
    }

    void check(JsonArray sentences) {
        for (JsonObject sentence : sentences.getValuesAs(JsonObject.class)) {
            String text = sentence.getString("text");
            String body = Json.createObjectBuilder().add("language", "en").add("text", text).build().toString();
            Api.Reply reply = api.as("reporter").post("api/style/check", body);
            if (reply.status() != 200) {
                throw new IllegalStateException("Style check failed: " + reply);
            }
            Set<String> wanted = new HashSet<>();
            for (JsonObject f : sentence.getJsonArray("findings").getValuesAs(JsonObject.class)) {
                int start = text.indexOf(f.getString("found"));
                wanted.add(key(start, start + f.getString("found").length(), f.getString("preferred"),
                        ids.get(f.getString("entity"))));
            }
            expected += wanted.size();
            Set<String> got = new HashSet<>();
            for (JsonObject f : reply.json().getJsonArray("findings").getValuesAs(JsonObject.class)) {
                returned++;
                String key = key(f.getInt("start"), f.getInt("end"), f.getString("preferred"),
                        f.getJsonNumber("entityId").longValue());
                got.add(key);
                if (wanted.contains(key)) {
                    right++;
                } else {
                    log.add("false alarm: `" + f.getString("found") + "` → `" + f.getString("preferred") + "` in: " + text);
                }
            }
            wanted.stream().filter(w -> !got.contains(w)).forEach(w -> log.add("missed " + w + " in: " + text));
        }
    }

    private static String key(int start, int end, String preferred, Long entity) {
        return start + "-" + end + " " + preferred + " #" + entity;
    }

    double precision() {
        return returned == 0 ? 1.0 : (double) right / returned;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) right / expected;
    }
}
