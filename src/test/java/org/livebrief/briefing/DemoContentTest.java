package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livebrief.demo.DemoData;

/** The demo briefings load, validate like any request, and show what the product can do. */
class DemoContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo/briefing-en.json", "demo/briefing-uk.json"})
    void demoBriefingIsValidContent(String resource) {
        DemoData.DemoBriefing demo = DemoData.DemoBriefing.read(resource);
        BriefingRequest.Valid valid = new BriefingRequest(demo.slug(), demo.language(), demo.title(), demo.summary(),
                demo.timeZone()).validateForCreate();
        assertThat(valid.timeZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(valid.language()).isIn(Locale.ENGLISH, Locale.forLanguageTag("uk"));
        assertThat(demo.entries()).hasSizeGreaterThan(10);
        assertThat(demo.entries()).filteredOn(DemoData.DemoEntry::pinned).hasSize(1);
        assertThat(demo.entries()).filteredOn(DemoData.DemoEntry::keyEvent).hasSizeBetween(3, 4);
        demo.entries().forEach(e -> {
            EntryBody body = EntryBody.sanitize(e.body());
            assertThat(body.isEmpty()).isFalse();
            assertThat(org.jsoup.Jsoup.parse(body.html()).text()).as("sanitizing loses no demo text")
                    .isEqualTo(org.jsoup.Jsoup.parse(e.body()).text());
            assertThat(EntryBody.sanitize(body.html())).as("sanitizing is idempotent").isEqualTo(body);
            assertThat(e.author()).isIn("reporter", "editor");
            if (e.headline() != null) {
                assertThat(new EntryRequest(null, e.body(), e.keyEvent(), e.pinned(), null, null, null, null,
                        e.headline()).validHeadline()).as("a valid headline").isEqualTo(e.headline());
            }
        });
        assertThat(demo.entries()).as("every key event has a headline for the summary box")
                .filteredOn(DemoData.DemoEntry::keyEvent).allMatch(e -> e.headline() != null);
    }
}
