package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenGrantTest {

    static final Instant NOW = Instant.parse("2026-12-05T16:00:00Z");

    static TokenGrant grant(Set<String> roles, boolean readOnly, Set<Long> briefings) {
        return new TokenGrant(1, "h", "wirebot", roles, readOnly, briefings, NOW.plusSeconds(60), null);
    }

    @Test
    void aTokenIsValidUntilItExpiresOrIsRevoked() {
        TokenGrant grant = grant(null, false, null);
        assertThat(grant.invalidAt(NOW)).isEmpty();
        assertThat(grant.invalidAt(NOW.plusSeconds(59))).isEmpty();
        assertThat(grant.invalidAt(NOW.plusSeconds(60))).get().asString().contains("expired");
        TokenGrant revoked = new TokenGrant(1, "h", "wirebot", null, false, null, NOW.plusSeconds(60), NOW);
        assertThat(revoked.invalidAt(NOW)).get().asString().contains("revoked");
    }

    @Test
    void rolesAreTheOwnersCurrentRolesNarrowedToTheTokens() {
        assertThat(grant(null, false, null).rolesOf(Set.of("admin", "editor", "reporter")))
                .containsExactlyInAnyOrder("admin", "editor", "reporter");
        assertThat(grant(Set.of("reporter"), false, null).rolesOf(Set.of("admin", "editor", "reporter")))
                .containsExactly("reporter");
        // An owner who lost the role no longer passes it on through an older token.
        assertThat(grant(Set.of("editor", "reporter"), false, null).rolesOf(Set.of("reporter")))
                .containsExactly("reporter");
    }

    @Test
    void aReadOnlyTokenOnlyReads() {
        TokenGrant readOnly = grant(null, true, null);
        assertThat(readOnly.forbids("GET", "/api/briefings/7")).isEmpty();
        assertThat(readOnly.forbids("HEAD", "/api/briefings/7")).isEmpty();
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            assertThat(readOnly.forbids(method, "/api/briefings/7/entries")).as(method).isPresent();
        }
        assertThat(grant(null, false, null).forbids("POST", "/api/briefings/7/entries")).isEmpty();
    }

    @Test
    void aTokenForSomeBriefingsReachesOnlyTheirApi() {
        TokenGrant scoped = grant(null, false, Set.of(7L, 9L));
        assertThat(scoped.forbids("GET", "/api/briefings/7")).isEmpty();
        assertThat(scoped.forbids("POST", "/api/briefings/9/entries")).isEmpty();
        assertThat(scoped.forbids("POST", "/api/briefings/7/entries/3/publish")).isEmpty();
        assertThat(scoped.forbids("GET", "/api/briefings/8")).isPresent();
        assertThat(scoped.forbids("GET", "/api/briefings/77")).isPresent();
        assertThat(scoped.forbids("GET", "/api/briefings/7x")).isPresent();
        assertThat(scoped.forbids("GET", "/api/briefings")).isPresent();
        assertThat(scoped.forbids("POST", "/api/names/import")).isPresent();
        assertThat(scoped.forbids("GET", "/api/tokens")).isPresent();
        // Public pages and feeds are outside the API and open to anyone anyway.
        assertThat(scoped.forbids("GET", "/feeds/briefings/x.atom")).isEmpty();
    }
}
