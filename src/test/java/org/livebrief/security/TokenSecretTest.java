package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void aTokenIsThePrefixAnd256RandomBits() {
        String token = TokenSecret.generate();
        assertThat(token).startsWith("lbt_").hasSize(4 + 43);
        assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
        assertThat(TokenSecret.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(TokenSecret.generate())).isTrue();
        }
    }

    @Test
    void onlyTheExactShapeIsLookedUp() {
        String token = TokenSecret.generate();
        assertThat(TokenSecret.wellFormed(null)).isFalse();
        assertThat(TokenSecret.wellFormed("")).isFalse();
        assertThat(TokenSecret.wellFormed(token.substring(0, token.length() - 1))).isFalse();
        assertThat(TokenSecret.wellFormed(token + "A")).isFalse();
        assertThat(TokenSecret.wellFormed("xyz_" + token.substring(4))).isFalse();
        assertThat(TokenSecret.wellFormed(token.substring(0, 10) + "+" + token.substring(11))).isFalse();
        assertThat(TokenSecret.wellFormed(token + "\n")).isFalse();
    }

    @Test
    void theStoredFormIsTheSha256OfTheWholeValueAndRevealsNoPartOfIt() {
        // Known answer: SHA-256("abc").
        assertThat(TokenSecret.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = TokenSecret.generate();
        assertThat(TokenSecret.hash(token)).hasSize(64).doesNotContain(token.substring(4, 12));
        assertThat(TokenSecret.hint(token)).isEqualTo(token.substring(0, 8) + "…");
    }
}
