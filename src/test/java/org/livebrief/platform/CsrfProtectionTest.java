package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfProtectionTest {

    @Test
    void onlyTheSessionsOwnTokenMatches() {
        assertThat(CsrfProtection.matches("k3y-Of-the-session", "k3y-Of-the-session")).isTrue();
        assertThat(CsrfProtection.matches("k3y-Of-the-session", "k3y-Of-the-sessioN")).isFalse();
        assertThat(CsrfProtection.matches("k3y-Of-the-session", "k3y")).isFalse();
        assertThat(CsrfProtection.matches("k3y-Of-the-session", "")).isFalse();
    }

    @Test
    void nothingMatchesWhenEitherSideIsMissing() {
        assertThat(CsrfProtection.matches(null, null)).isFalse();
        assertThat(CsrfProtection.matches(null, "anything")).isFalse();
        assertThat(CsrfProtection.matches("k3y", null)).isFalse();
    }
}
