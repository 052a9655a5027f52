package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialEpochsTest {

    final Map<String, String> properties = new HashMap<>();
    final CredentialEpochs epochs = new CredentialEpochs(properties::get);

    @Test
    void aChangeToOneUserMovesOnlyTheirEpoch() {
        String alice = epochs.of("alice");
        String bob = epochs.of("bob");
        properties.put(CredentialEpochs.propertyOf("alice"), "1733414400-0a1b2c3d");
        assertThat(epochs.of("alice")).isNotEqualTo(alice);
        assertThat(epochs.of("bob")).isEqualTo(bob);
    }

    @Test
    void theGlobalEpochMovesEveryonesEpoch() {
        properties.put(CredentialEpochs.propertyOf("alice"), "1");
        String alice = epochs.of("alice");
        String bob = epochs.of("bob");
        properties.put(CredentialEpochs.GLOBAL, "1733414400-0a1b2c3d");
        assertThat(epochs.of("alice")).isNotEqualTo(alice);
        assertThat(epochs.of("bob")).isNotEqualTo(bob);
    }

    @Test
    void aGlobalAndAUserValueCannotAddUpToAnotherPair() {
        properties.put(CredentialEpochs.GLOBAL, "1");
        String before = epochs.of("alice");
        properties.put(CredentialEpochs.GLOBAL, "");
        properties.put(CredentialEpochs.propertyOf("alice"), "1");
        assertThat(epochs.of("alice")).isNotEqualTo(before);
    }

    @Test
    void userNamesAreWrittenInHexSoEveryNameMakesAPropertyName() {
        assertThat(CredentialEpochs.propertyOf("alice")).isEqualTo("livebrief.credentials.epoch.user.616c696365");
        assertThat(CredentialEpochs.propertyOf("a@b.c-ü")).isEqualTo("livebrief.credentials.epoch.user.6140622e632dc3bc");
        assertThat(CredentialEpochs.propertyOf("Alice")).isNotEqualTo(CredentialEpochs.propertyOf("alice"));
        assertThat(CredentialEpochs.propertyOf("a.b")).matches("[a-z.]+\\.user\\.[0-9a-f]+");
    }

    @Test
    void aSessionEndsWhenItsUsersCredentialsChange() {
        SessionEpoch signedIn = new SessionEpoch("alice", epochs.of("alice"));
        assertThat(signedIn.endedBy(epochs)).isFalse();
        properties.put(CredentialEpochs.propertyOf("alice"), "1733414400-0a1b2c3d");
        assertThat(signedIn.endedBy(epochs)).isTrue();
        assertThat(new SessionEpoch("alice", epochs.of("alice")).endedBy(epochs)).as("signed in again").isFalse();
    }

    @Test
    void aChangeToAnotherUserLeavesTheSessionAlone() {
        SessionEpoch editor = new SessionEpoch("editor", epochs.of("editor"));
        properties.put(CredentialEpochs.propertyOf("new-reporter"), "1733414400-0a1b2c3d");
        properties.put(CredentialEpochs.propertyOf("editor2"), "1733414400-0a1b2c3d");
        assertThat(editor.endedBy(epochs)).isFalse();
    }

    @Test
    void movingTheGlobalEpochEndsEverySession() {
        SessionEpoch editor = new SessionEpoch("editor", epochs.of("editor"));
        SessionEpoch reporter = new SessionEpoch("reporter", epochs.of("reporter"));
        properties.put(CredentialEpochs.GLOBAL, "everyone-out");
        assertThat(editor.endedBy(epochs)).isTrue();
        assertThat(reporter.endedBy(epochs)).isTrue();
    }
}
