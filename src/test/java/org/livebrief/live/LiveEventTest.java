package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.EntryView;

class LiveEventTest {

    @Test
    void anEntryBecomesOneFrameWithTheSeqAsIdAndThePublicViewAsData() {
        EntryView entry = new EntryView(7, 3, "published", "<p>Вибухи в Києві.\nДеталі згодом.</p>", "Вибухи в Києві.",
                "iryna", new Contributors.Byline("Ірина Бондар", null, null, true), Instant.parse("2022-03-29T08:00:00Z"),
                Instant.parse("2022-03-29T08:01:00Z"), Instant.parse("2022-03-29T08:01:00Z"), true, false, "olena", null,
                null, null, null, null, null, null, List.of(), 2, List.of(), "/livebrief/briefings/x#entry-7", null,
                "/livebrief/briefings/x/entries/7", List.of(new Contributors.Byline("Ірина Бондар", null, null, true)),
                List.of(), null, null, null, null).forPublic(id -> true);
        Frame frame = new LiveEvent(42, LiveEvent.ENTRY_PUBLISHED, entry).toFrame(LiveEvents.JSON);

        String[] lines = frame.text().split("\n", -1);
        assertThat(lines[0]).isEqualTo("id: 42");
        assertThat(lines[1]).isEqualTo("event: entry-published");
        assertThat(lines[2]).startsWith("data: {");
        assertThat(lines).as("one data line (JSON escapes the body's line break), then the blank line")
                .hasSize(5).endsWith("", "");
        JsonObject data = Json.createReader(new StringReader(lines[2].substring("data: ".length()))).readObject();
        assertThat(data.getJsonNumber("id").longValue()).isEqualTo(7);
        assertThat(data.getString("body")).isEqualTo("<p>Вибухи в Києві.\nДеталі згодом.</p>");
        assertThat(data.getString("publishedAt")).isEqualTo("2022-03-29T08:01:00Z");
        assertThat(data.getJsonObject("byline").getString("name")).isEqualTo("Ірина Бондар");
        assertThat(data.keySet()).as("no login names in public output").doesNotContain("author", "approvedBy");
    }

    @Test
    void removalsCarryOnlyWhatIdentifiesTheEntry() {
        Frame frame = new LiveEvent(9, LiveEvent.ENTRY_REMOVED, new LiveEvent.Removed(7, 3)).toFrame(LiveEvents.JSON);
        assertThat(frame.text()).isEqualTo("id: 9\nevent: entry-removed\ndata: {\"briefingId\":3,\"id\":7}\n\n");
    }

    @Test
    void retractionsAddWhenAndWhyToTheSameRemoval() {
        Frame frame = new LiveEvent(9, LiveEvent.ENTRY_REMOVED, new LiveEvent.Removed(7, 3,
                java.time.Instant.parse("2022-03-29T08:01:00Z"), "The report was not confirmed.")).toFrame(LiveEvents.JSON);
        assertThat(frame.text()).isEqualTo("id: 9\nevent: entry-removed\ndata: {\"briefingId\":3,\"id\":7,"
                + "\"reason\":\"The report was not confirmed.\",\"retractedAt\":\"2022-03-29T08:01:00Z\"}\n\n");
    }

    @Test
    void everyKindOfEntryChangeMapsToAnEventReadersUnderstand() {
        assertThat(LiveEvents.entryEvent(Change.Kind.ENTRY_PUBLISHED)).isEqualTo("entry-published");
        for (Change.Kind kind : Change.Kind.values()) {
            assertThat(LiveEvents.entryEvent(kind)).isIn("entry-published", "entry-updated");
        }
    }
}
