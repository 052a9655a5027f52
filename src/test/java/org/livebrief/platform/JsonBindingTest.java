package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public class JsonBindingTest {

    public record Sample(long id, String title, String absent, Instant at, List<String> tags) {
    }

    /** RESTEasy asks the resolver per read and per write; the answer must be one instance, not one per request. */
    @Test
    void everyTypeGetsTheSameInstance() {
        JsonBinding resolver = new JsonBinding();
        Jsonb first = resolver.getContext(Sample.class);
        assertThat(first).isNotNull().isSameAs(resolver.getContext(String.class))
                .isSameAs(new JsonBinding().getContext(Sample.class));
    }

    /** The shared instance has JSON-B's default configuration, so the API's JSON is what it was. */
    @Test
    void writesAndReadsAsJsonbsDefault() throws Exception {
        Sample sample = new Sample(7, "Київ \"live\"", null, Instant.parse("2026-12-05T18:00:00.123Z"), List.of("a", "b"));
        try (Jsonb defaults = JsonbBuilder.create()) {
            Jsonb shared = new JsonBinding().getContext(Sample.class);
            String json = shared.toJson(sample);
            assertThat(json).isEqualTo(defaults.toJson(sample)).doesNotContain("absent");
            assertThat(shared.fromJson(json, Sample.class)).isEqualTo(sample);
        }
    }
}
