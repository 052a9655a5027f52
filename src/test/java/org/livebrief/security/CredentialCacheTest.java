package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.MovingClock;

class CredentialCacheTest {

    final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T16:00:00Z"));
    final Map<String, String> properties = new HashMap<>();
    final CredentialEpochs epochs = new CredentialEpochs(properties::get);
    final CredentialCache<String> cache = new CredentialCache<>(Duration.ofMinutes(5), 3, clock, epochs);

    private void accept(String user, String password) {
        cache.accepted(cache.lookup(user, user + ":" + password), "identity of " + user);
    }

    @Test
    void acceptedCredentialsAreFoundUntilTheirTimeRunsOut() {
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        accept("alice", "s3cret");
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).contains("identity of alice");
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        // The first look-up this late is sent to the realm again (the renewal below); the others still hit.
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
    }

    /**
     * Near the end of its time one request re-checks the password while the others go on with the remembered answer,
     * so a busy client's requests never all verify it with bcrypt at once (that stalled every request for 2 s).
     */
    @Test
    void oneRequestRenewsAnAnswerNearItsEndWhileTheOthersStillHit() {
        accept("alice", "s3cret");
        clock.advance(Duration.ofMinutes(3));
        for (int i = 0; i < 5; i++) {
            assertThat(cache.lookup("alice", "alice:s3cret").hit()).as("before four fifths of its time").isPresent();
        }
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        CredentialCache.Lookup<String> renewal = cache.lookup("alice", "alice:s3cret");
        assertThat(renewal.hit()).as("the one that renews").isEmpty();
        for (int i = 0; i < 20; i++) {
            assertThat(cache.lookup("alice", "alice:s3cret").hit()).as("the others, meanwhile").isPresent();
        }
        cache.accepted(renewal, "identity of alice");
        clock.advance(Duration.ofMinutes(3));
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).as("renewed: a full time again").isPresent();
    }

    @Test
    void aRenewalThatNeverEndsPassesToAnotherRequestAfterItsClaim() {
        accept("alice", "s3cret");
        clock.advance(Duration.ofMinutes(4).plusSeconds(10));
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isPresent();
        clock.advance(ShortLivedCache.RENEWAL_CLAIM.plusMillis(1));
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).as("the claim lapsed: this one renews").isEmpty();
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isPresent();
    }

    @Test
    void aRefusedRenewalForgetsTheCredentials() {
        accept("alice", "s3cret");
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        CredentialCache.Lookup<String> renewal = cache.lookup("alice", "alice:s3cret");
        assertThat(renewal.hit()).isEmpty();
        cache.refused(renewal);
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).as("refused by the realm: nothing remembered").isEmpty();
    }

    @Test
    void anotherPasswordForTheSameUserIsNotAHit() {
        accept("alice", "s3cret");
        assertThat(cache.lookup("alice", "alice:s3cret2").hit()).isEmpty();
        assertThat(cache.lookup("alice", "alice:S3cret").hit()).isEmpty();
        assertThat(cache.lookup("alice", "alice:").hit()).isEmpty();
        // A lookup that is never accepted (a wrong password) leaves nothing behind.
        cache.lookup("alice", "alice:wrong");
        assertThat(cache.lookup("alice", "alice:wrong").hit()).isEmpty();
    }

    @Test
    void theKeyIsAKeyedHashNotThePassword() {
        CredentialCache<String> other = new CredentialCache<>(Duration.ofMinutes(5), 3, clock, epochs);
        CredentialCache.Lookup<String> here = cache.lookup("alice", "alice:s3cret");
        CredentialCache.Lookup<String> there = other.lookup("alice", "alice:s3cret");
        assertThat(here.key()).doesNotContain("s3cret").isNotEqualTo(there.key());
        assertThat(cache.lookup("alice", "alice:s3cret").key()).isEqualTo(here.key());
    }

    @Test
    void aMovedGlobalEpochForgetsEverythingAtOnce() {
        accept("alice", "s3cret");
        accept("bob", "hunter2");
        properties.put(CredentialEpochs.GLOBAL, "1733414400-1");
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        assertThat(cache.lookup("bob", "bob:hunter2").hit()).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aMovedUserEpochForgetsThatUserAndNoOther() {
        accept("alice", "s3cret");
        accept("bob", "hunter2");
        properties.put(CredentialEpochs.propertyOf("alice"), "1733414400-1");
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        assertThat(cache.lookup("bob", "bob:hunter2").hit()).contains("identity of bob");
        assertThat(cache.size()).isOne();
    }

    @Test
    void aCheckThatStartedBeforeThePasswordChangedIsNotRemembered() {
        CredentialCache.Lookup<String> before = cache.lookup("alice", "alice:old");
        properties.put(CredentialEpochs.propertyOf("alice"), "changed");
        cache.accepted(before, "identity of alice");
        assertThat(cache.lookup("alice", "alice:old").hit()).isEmpty();
    }

    @Test
    void credentialsOfOneUserDoNotAnswerForAnother() {
        // The same decoded string can only belong to one user name; the user is checked besides the key anyway.
        accept("alice", "s3cret");
        assertThat(cache.lookup("mallory", "alice:s3cret").hit()).isEmpty();
    }

    @Test
    void memoryIsBoundedOldestFirst() {
        accept("a", "1");
        clock.advance(Duration.ofSeconds(1));
        accept("b", "2");
        clock.advance(Duration.ofSeconds(1));
        accept("c", "3");
        clock.advance(Duration.ofSeconds(1));
        accept("d", "4");
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.lookup("a", "a:1").hit()).isEmpty();
        assertThat(cache.lookup("d", "d:4").hit()).isPresent();
        assertThat(cache.lookup("b", "b:2").hit()).isPresent();
    }

    @Test
    void forgettingAUserDropsOnlyTheirs() {
        accept("alice", "s3cret");
        accept("bob", "hunter2");
        cache.forget("alice");
        assertThat(cache.lookup("alice", "alice:s3cret").hit()).isEmpty();
        assertThat(cache.lookup("bob", "bob:hunter2").hit()).isPresent();
    }

    @Test
    void aZeroTimeToLiveRemembersNothing() {
        CredentialCache<String> off = new CredentialCache<>(Duration.ZERO, 3, clock, epochs);
        off.accepted(off.lookup("alice", "alice:s3cret"), "identity of alice");
        assertThat(off.lookup("alice", "alice:s3cret").hit()).isEmpty();
    }
}
