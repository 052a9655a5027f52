package org.livebrief.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that HTTP Basic credentials were accepted, so a script that sends the same
 * {@code user:password} with every request pays for bcrypt once, not on every request.
 *
 * <p>The key is an HMAC-SHA256 of the whole {@code user:password} under a random key made when the deployment starts
 * and never stored: the map holds no password and nothing a password could be guessed from offline, and another
 * password for the same user is another key. Only a success is ever put here (by {@link ApiAuthentication}, after
 * Elytron accepted the password), so a wrong password always reaches the realm and is counted by the throttle.
 *
 * <p>What is remembered is dropped after {@code ttl}, and at once when the user's {@link CredentialEpochs credentials
 * epoch} moves ({@code add-user.sh} moves it whenever it adds or changes that user; the global property moves
 * everyone's), so a changed password stops working on this node immediately, while other users' remembered passwords
 * stay. A verification that started before the epoch moved is not stored after it.
 *
 * <p>Once an answer has lived four fifths of its time, one request with those credentials is sent to the realm again
 * while the others still use it ({@link ShortLivedCache#claimRenewal}): a busy client's requests never all find it
 * expired together and verify the same password in parallel. A refusal then drops it ({@link #refused}).
 */
final class CredentialCache<V> {

    /** One look-up: its key, the user it names and the epoch it was made in; {@code hit} when remembered. */
    record Lookup<V>(String key, String user, String epoch, Optional<V> hit) {
    }

    private record Remembered<V>(String user, String epoch, V value) {
    }

    private final ShortLivedCache<Remembered<V>> remembered;
    private final CredentialEpochs epochs;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    CredentialCache(Duration ttl, int maxEntries, Clock clock, CredentialEpochs epochs) {
        this.remembered = new ShortLivedCache<>(ttl, maxEntries, clock);
        this.epochs = epochs;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::mac);
    }

    /** Looks up the decoded Basic credentials {@code user:password}. */
    Lookup<V> lookup(String user, String credentials) {
        String now = epochs.of(user);
        String k = Base64.getEncoder().encodeToString(macs.get().doFinal(credentials.getBytes(StandardCharsets.UTF_8)));
        Optional<V> hit = remembered.get(k).filter(r -> r.user().equals(user)).flatMap(r -> {
            if (!r.epoch().equals(now)) {
                remembered.removeIf(old -> !old.epoch().equals(epochs.of(old.user())));
                return Optional.empty();
            }
            return Optional.of(r.value());
        });
        if (hit.isPresent() && remembered.claimRenewal(k)) {
            // Near the end of its time: this request checks the password again (and remembers it anew), while
            // concurrent requests with the same credentials go on with the remembered answer.
            return new Lookup<>(k, user, now, Optional.empty());
        }
        return new Lookup<>(k, user, now, hit);
    }

    /** The realm refused the credentials of {@code lookup}: whatever was remembered for them is dropped. */
    void refused(Lookup<V> lookup) {
        remembered.remove(lookup.key());
    }

    /** Remembers that the credentials of {@code lookup} were accepted, as {@code value}. */
    void accepted(Lookup<V> lookup, V value) {
        if (Objects.equals(lookup.epoch(), epochs.of(lookup.user()))) {
            remembered.put(lookup.key(), new Remembered<>(lookup.user(), lookup.epoch(), value));
        }
    }

    /** Drops what is remembered for {@code user} (every password of theirs). */
    void forget(String user) {
        remembered.removeIf(r -> r.user().equals(user));
    }

    int size() {
        return remembered.size();
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
