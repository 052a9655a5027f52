package org.livebrief.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The value of an API token: {@code lbt_} and 32 random bytes in unpadded base64url (256 bits), so a leaked token is
 * recognisable in logs and by secret scanners. Stored only as its SHA-256: a token has far more entropy than a
 * password, so a fast hash cannot be guessed backwards and a lookup by hash costs one index probe, never bcrypt.
 */
public final class TokenSecret {

    static final String PREFIX = "lbt_";
    static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("lbt_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    /** A new token value, from {@link SecureRandom}. */
    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code value} has the shape of a token; anything else is refused without a lookup. */
    static boolean wellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The stored form: lowercase hex SHA-256 of the whole value, prefix included. */
    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** What the list shows to tell tokens apart: the prefix and the first four random characters. */
    static String hint(String value) {
        return value.substring(0, PREFIX.length() + 4) + "…";
    }
}
