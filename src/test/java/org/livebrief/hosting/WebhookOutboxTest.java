package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookOutboxTest {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void theCursorStopsAtAFreshGapAndPassesAnOldOne() {
        List<WebhookOutbox.Position> log = List.of(new WebhookOutbox.Position(11, NOW), new WebhookOutbox.Position(12, NOW),
                new WebhookOutbox.Position(14, NOW), new WebhookOutbox.Position(15, NOW));
        assertThat(WebhookOutbox.advance(10, log, NOW.minus(WebhookOutbox.GAP_HORIZON))).isEqualTo(12);
        assertThat(WebhookOutbox.advance(10, log, NOW.plusSeconds(1))).isEqualTo(15);
        assertThat(WebhookOutbox.advance(10, List.of(), NOW)).isEqualTo(10);
    }

    @Test
    void backOffDoublesAndStopsAtAnHour() {
        assertThat(WebhookOutbox.backoff(0, 1000)).isEqualTo(Duration.ZERO);
        assertThat(WebhookOutbox.backoff(1, 1000)).isEqualTo(Duration.ofSeconds(1));
        assertThat(WebhookOutbox.backoff(2, 1000)).isEqualTo(Duration.ofSeconds(2));
        assertThat(WebhookOutbox.backoff(5, 1000)).isEqualTo(Duration.ofSeconds(16));
        assertThat(WebhookOutbox.backoff(40, 1000)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookOutbox.backoff(3, 0)).isEqualTo(Duration.ofMillis(4));
    }
}
