package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LiveSettingsTest {

    @Test
    void pollAnswersAreCachedForHalfTheInterval() {
        assertThat(settings(10).pollMaxAgeSeconds()).isEqualTo(5);
        assertThat(settings(1).pollMaxAgeSeconds()).isEqualTo(1);
    }

    @Test
    void nonsenseIsRefusedAtStartRatherThanMisbehavingLater() {
        assertThatThrownBy(() -> new LiveSettings(0, 1, Duration.ofSeconds(1), Duration.ZERO, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LiveSettings(1, 1, Duration.ZERO, Duration.ZERO, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LiveSettings settings(int pollSeconds) {
        return new LiveSettings(10, 2, Duration.ofSeconds(15), Duration.ofSeconds(3), 8, 100, pollSeconds);
    }
}
