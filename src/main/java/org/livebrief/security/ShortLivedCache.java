package org.livebrief.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A bounded map whose values live for a fixed time: the answers of an expensive check (a password's bcrypt round, a
 * token's database row) kept just long enough to make repeated requests cheap. When full, expired values go first,
 * then the oldest; so memory stays bounded whoever fills it. A zero time to live keeps nothing.
 */
final class ShortLivedCache<V> {

    /** A value, when it expires, and since when a caller has taken on its renewal (null: nobody). */
    private record Timed<V>(V value, Instant expires, Instant renewalClaimed) {
    }

    private final Map<String, Timed<V>> values = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    ShortLivedCache(Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("ttl " + ttl + ", maxEntries " + maxEntries);
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    Optional<V> get(String key) {
        Timed<V> timed = values.get(key);
        if (timed == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(timed.expires())) {
            values.remove(key, timed);
            return Optional.empty();
        }
        return Optional.of(timed.value());
    }

    /**
     * Whether the caller should renew {@code key}'s value now: true for one caller once the value has lived four fifths
     * of its time, so that value is checked again while every other caller still gets the remembered one, and the
     * many requests of a busy client never find it expired at once (32 request threads verifying one password with
     * bcrypt together stalled every request for 2 s: docs/benchmarks.md, "Stop 29"). A claim not followed by
     * {@link #put} or {@link #remove} within {@link #RENEWAL_CLAIM} passes to the next caller.
     */
    boolean claimRenewal(String key) {
        Timed<V> timed = values.get(key);
        if (timed == null) {
            return false;
        }
        Instant now = clock.instant();
        if (now.isBefore(timed.expires().minus(ttl.dividedBy(5)))) {
            return false;
        }
        if (timed.renewalClaimed() != null && !now.isAfter(timed.renewalClaimed().plus(RENEWAL_CLAIM))) {
            return false;
        }
        // The claim lives with the value: a put replaces both, an expiry or removal drops both.
        return values.replace(key, timed, new Timed<>(timed.value(), timed.expires(), now));
    }

    /** How long one caller's claim to renew a value holds before another caller may take it. */
    static final Duration RENEWAL_CLAIM = Duration.ofSeconds(10);

    void put(String key, V value) {
        if (ttl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (values.size() >= maxEntries && !values.containsKey(key)) {
            values.values().removeIf(t -> !now.isBefore(t.expires()));
            while (values.size() >= maxEntries) {
                values.entrySet().stream().min(Comparator.comparing(e -> e.getValue().expires()))
                        .ifPresent(oldest -> values.remove(oldest.getKey(), oldest.getValue()));
            }
        }
        values.put(key, new Timed<>(value, now.plus(ttl), null));
    }

    void remove(String key) {
        values.remove(key);
    }

    void removeIf(Predicate<V> which) {
        values.values().removeIf(t -> which.test(t.value()));
    }

    void clear() {
        values.clear();
    }

    int size() {
        return values.size();
    }
}
