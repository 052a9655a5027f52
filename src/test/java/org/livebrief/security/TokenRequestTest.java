package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

class TokenRequestTest {

    static final Instant NOW = Instant.parse("2026-12-05T16:00:00Z");
    static final Set<String> EDITOR = Set.of("editor");

    @Test
    void aNameIsEnoughAndTheTokenLastsNinetyDays() {
        TokenRequest request = new TokenRequest("wire bot", null, null, null, null);
        request.validate(EDITOR, NOW);
        assertThat(request.expiresAt(NOW)).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(request.isReadOnly()).isFalse();
        assertThat(request.roleSet()).isNull();
        assertThat(request.briefingSet()).isNull();
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        TokenRequest request = new TokenRequest(" ", List.of("admin"), true, List.of(0L), NOW);
        assertThatThrownBy(() -> request.validate(EDITOR, NOW)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(f -> f.field())
                    .containsExactly("name", "roles", "briefings", "expiresAt");
        });
    }

    @Test
    void aTokenCannotCarryARoleItsMakerLacksNorLiveLongerThanAYear() {
        assertThatThrownBy(() -> new TokenRequest("x", List.of("editor", "admin"), null, null, null).validate(EDITOR, NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new TokenRequest("x", List.of(), null, null, null).validate(EDITOR, NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new TokenRequest("x", null, null, null, NOW.plus(Duration.ofDays(367))).validate(EDITOR, NOW))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> new TokenRequest("a\nb", null, null, null, null).validate(EDITOR, NOW))
                .isInstanceOf(ProblemException.class);
        new TokenRequest("x", List.of("editor"), true, List.of(7L), NOW.plusSeconds(1)).validate(EDITOR, NOW);
    }
}
