package org.livebrief.hosting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com): {@code webhook-signature} is {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}, the key being the base64 part of a {@code whsec_…} secret. During a rotation every current
 * secret signs, the signatures separated by spaces, so a receiver holding either secret accepts the message.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64 (the length Standard Webhooks' libraries make). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The header value for {@code body} signed with each of {@code secrets}, in that order. */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        List<String> parts = new ArrayList<>();
        for (String secret : secrets) {
            parts.add("v1," + sign(secret, id, timestamp, body));
        }
        return String.join(" ", parts);
    }

    /** The base64 HMAC-SHA256 of {@code id.timestamp.body} under {@code secret} ({@code whsec_} optional). */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Does any {@code v1} signature in {@code header} match? Compared in constant time. */
    public static boolean verifies(String secret, String id, long timestamp, String body, String header) {
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String part : header.trim().split(" +")) {
            if (part.startsWith("v1,") && MessageDigest.isEqual(expected,
                    part.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    static byte[] key(String secret) {
        String base64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(base64);
    }
}
