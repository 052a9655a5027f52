package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.MovingClock;

class TokenGateTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T16:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Settings(5, 50, Duration.ofSeconds(1),
            Duration.ofMinutes(10), Duration.ofMinutes(15), 1000), clock);
    private final TokenGate gate = new TokenGate(throttle);
    private final InetAddress newsroomNat = address("198.51.100.20");
    private final InetAddress elsewhere = address("203.0.113.7");

    @Test
    void aValidTokenIsAcceptedFromAnAddressThatIsThrottledForBadOnes() {
        refuseUntilThrottled(newsroomNat);
        assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Throttled.class);
        assertThat(gate.check(newsroomNat, valid("wire-bot"), clock.instant())).isInstanceOf(TokenGate.Accepted.class);
    }

    @Test
    void aValidTokenIsAcceptedEvenWhenBadOnesHaveThrottledItsWholeAddress() {
        for (int i = 0; i < 60; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Invalid.class);
        }
        assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant()))
                .isEqualTo(new TokenGate.Throttled(Duration.ofMinutes(10)));
        TokenGate.Outcome outcome = gate.check(newsroomNat, valid("wire-bot"), clock.instant());
        assertThat(outcome).isInstanceOf(TokenGate.Accepted.class);
        assertThat(((TokenGate.Accepted) outcome).verified().name()).isEqualTo("wire-bot");
    }

    @Test
    void aValidTokenDoesNotLetTheBadOnesBesideItThrough() {
        refuseUntilThrottled(newsroomNat);
        gate.check(newsroomNat, valid("wire-bot"), clock.instant());
        assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Throttled.class);
    }

    @Test
    void badTokensAreRefusedWithoutBeingCountedOnceTheFreeFailuresAreSpent() {
        for (int i = 0; i < 5; i++) {
            assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Invalid.class);
        }
        TokenGate.Outcome throttled = gate.check(newsroomNat, Optional.empty(), clock.instant());
        assertThat(throttled).isEqualTo(new TokenGate.Throttled(Duration.ofSeconds(1)));
        assertThat(gate.check(newsroomNat, Optional.empty(), clock.instant()))
                .as("a refused attempt is not another failure").isEqualTo(new TokenGate.Throttled(Duration.ofSeconds(1)));
        assertThat(gate.check(elsewhere, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Invalid.class);
    }

    @Test
    void revokedExpiredAndOwnerlessTokensAreInvalidAndSayWhy() {
        Instant now = clock.instant();
        assertThat(gate.check(newsroomNat, Optional.empty(), now)).isEqualTo(new TokenGate.Invalid("The token is not known"));
        assertThat(gate.check(newsroomNat, Optional.of(new BearerTokens.Bearer(grant(now.plusSeconds(60), now),
                Optional.of(verified("bot")))), now)).isEqualTo(new TokenGate.Invalid("The token was revoked"));
        assertThat(gate.check(newsroomNat, Optional.of(new BearerTokens.Bearer(grant(now, null),
                Optional.of(verified("bot")))), now)).isEqualTo(new TokenGate.Invalid("The token expired at " + now));
        assertThat(gate.check(newsroomNat, Optional.of(new BearerTokens.Bearer(grant(now.plusSeconds(60), null),
                Optional.empty())), now)).isEqualTo(new TokenGate.Invalid("The token's owner no longer exists"));
    }

    private void refuseUntilThrottled(InetAddress client) {
        for (int i = 0; i < 5; i++) {
            assertThat(gate.check(client, Optional.empty(), clock.instant())).isInstanceOf(TokenGate.Invalid.class);
        }
    }

    private Optional<BearerTokens.Bearer> valid(String owner) {
        return Optional.of(new BearerTokens.Bearer(grant(clock.instant().plus(Duration.ofDays(90)), null),
                Optional.of(verified(owner))));
    }

    private static TokenGrant grant(Instant expiresAt, Instant revokedAt) {
        return new TokenGrant(1, "hash", "wire-bot", null, false, null, expiresAt, revokedAt);
    }

    private static Verified verified(String owner) {
        return new Verified(owner, Set.of("reporter"), null, ApiAuthentication.BEARER);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
