package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.MovingClock;

class SignInThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-29T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Settings(3, 10, Duration.ofSeconds(1),
            Duration.ofSeconds(60), Duration.ofMinutes(15), 1000), clock);
    private final InetAddress attacker = address("203.0.113.7");
    private final InetAddress newsroom = address("198.51.100.20");

    @Test
    void failuresFromOneAddressSlowThatAddressDownForThatAccountExponentially() {
        fail(attacker, "editor", 3);
        assertThat(throttle.wait(attacker, "editor")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.wait(attacker, "editor")).isEmpty();
        fail(attacker, "editor", 1);
        assertThat(throttle.wait(attacker, "editor")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        fail(attacker, "editor", 1);
        assertThat(throttle.wait(attacker, "editor")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theAccountIsNeverLockedForOtherClients() {
        fail(attacker, "editor", 200);
        assertThat(throttle.wait(attacker, "editor")).contains(Duration.ofSeconds(60));
        assertThat(throttle.wait(newsroom, "editor")).isEmpty();
        assertThat(throttle.wait(attacker, "reporter")).as("the address as a whole slows down too").isPresent();
    }

    @Test
    void anotherAccountFromTheSameAddressIsFreeUntilTheAddressLimit() {
        fail(attacker, "editor", 3);
        assertThat(throttle.wait(attacker, "reporter")).isEmpty();
        for (int i = 0; i < 6; i++) {
            fail(attacker, "user" + i, 1);
        }
        assertThat(throttle.wait(attacker, "someone-else")).as("9 failures, 10 free").isEmpty();
        fail(attacker, "user-x", 1);
        assertThat(throttle.wait(attacker, "someone-else")).as("spraying many accounts").contains(Duration.ofSeconds(1));
    }

    @Test
    void successClearsTheAccountFromThatAddressButNotTheAddressCount() {
        fail(attacker, "mine", 2);
        throttle.succeeded(attacker, "mine");
        fail(attacker, "mine", 2);
        assertThat(throttle.wait(attacker, "mine")).isEmpty();
        fail(attacker, "victim", 6);
        throttle.succeeded(attacker, "mine");
        assertThat(throttle.wait(attacker, "other")).as("10 failures from the address").isPresent();
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        fail(attacker, "editor", 2);
        clock.advance(Duration.ofMinutes(16));
        fail(attacker, "editor", 2);
        assertThat(throttle.wait(attacker, "editor")).isEmpty();
    }

    @Test
    void ipv6ClientsCountPerSlash64() {
        InetAddress one = address("2001:db8:1:2::1");
        InetAddress same = address("2001:db8:1:2:ffff::9");
        InetAddress other = address("2001:db8:1:3::1");
        fail(one, "editor", 3);
        assertThat(throttle.wait(same, "editor")).isPresent();
        assertThat(throttle.wait(other, "editor")).isEmpty();
        assertThat(SignInThrottle.addressKey(one)).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void backOffDoublesUpToTheMaximum() {
        assertThat(throttle.backOff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.backOff(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.backOff(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.backOff(10_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void memoryStaysBounded() {
        SignInThrottle small = new SignInThrottle(new SignInThrottle.Settings(3, 1000, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofMinutes(15), 50), clock);
        for (int i = 0; i < 500; i++) {
            small.failed(attacker, "name" + i);
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(50);
        assertThat(small.wait(attacker, "anyone")).as("the address is still counted").isEmpty();
    }

    @Test
    void basicUserNames() {
        assertThat(SignInGuard.basicUser("Basic ZWRpdG9yOnNlY3JldA==")).contains("editor");
        assertThat(SignInGuard.basicUser("basic ZWRpdG9y")).contains("editor");
        assertThat(SignInGuard.basicUser("Basic %%%")).contains("");
        assertThat(SignInGuard.basicUser("Bearer abc")).isEqualTo(Optional.empty());
        assertThat(SignInGuard.basicUser(null)).isEmpty();
    }

    @Test
    void theRefusalIsA429ProblemWithWholeSecondsRoundedUp() {
        var problem = SignInGuard.refusal(Duration.ofMillis(1200)).problem();
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.extensions()).containsEntry("retryAfter", 2L);
    }

    private void fail(InetAddress client, String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(client, account);
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

}
