package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReaderSettingsTest {

    @Test
    void retractionsLeaveANoticeUnlessTheNewsroomChoosesRemoval() {
        assertThat(ReaderSettings.of(null).showsNotices()).isTrue();
        assertThat(ReaderSettings.of("notice").showsNotices()).isTrue();
        assertThat(ReaderSettings.of(" Remove ").retractions()).isEqualTo(ReaderSettings.Retractions.REMOVE);
        assertThat(ReaderSettings.of("remove").showsNotices()).isFalse();
    }

    @Test
    void anythingElseIsRefusedAtStart() {
        assertThatThrownBy(() -> ReaderSettings.of("hide")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notice or remove");
    }
}
