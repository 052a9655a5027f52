package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceChangeTest {

    private static final Instant T1 = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-06T11:00:00Z");

    @Test
    void aSecondCorrectionKeepsWhatTheTranslationWasSyncedTo() {
        SourceChange flag = new SourceChange(7, 3, 2, "<p>Two dead</p>");
        flag.changed(SourceChange.Kind.CORRECTED, "Toll was two", T1);
        flag.changed(SourceChange.Kind.CORRECTED, "Toll updated", T2);
        assertThat(flag.syncedVersion()).isEqualTo(2);
        assertThat(flag.syncedBody()).isEqualTo("<p>Two dead</p>");
        assertThat(flag.note()).isEqualTo("Toll updated");
        assertThat(flag.changedAt()).isEqualTo(T2);
        assertThat(flag.kind().jsonName()).isEqualTo("corrected");
    }

    @Test
    void aRetractionIsNotHiddenByWhatFollows() {
        SourceChange flag = new SourceChange(7, 3, 2, "<p>Two dead</p>");
        flag.changed(SourceChange.Kind.RETRACTED, "Not confirmed", T1);
        flag.changed(SourceChange.Kind.CORRECTED, "later", T2);
        assertThat(flag.kind()).isEqualTo(SourceChange.Kind.RETRACTED);
        assertThat(flag.note()).isEqualTo("Not confirmed");
        assertThat(flag.changedAt()).isEqualTo(T2);
    }

    @Test
    void theStaffViewNamesTheFlagsFields() {
        EntryView.SourceChangeView view = new EntryView.SourceChangeView(T1, "corrected", 2, "n", 3, 1L, "<p>x</p>");
        assertThat(jakarta.json.bind.JsonbBuilder.create().toJson(view))
                .startsWith("{\"at\":").contains("\"kind\":\"corrected\"", "\"sourceVersion\":2", "\"sourceId\":3");
    }
}
