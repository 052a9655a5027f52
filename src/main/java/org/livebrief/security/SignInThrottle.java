package org.livebrief.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Exponential back-off for password guesses, per client: by client address, and by account from that address.
 * A client that has failed {@code free} times (for one account) or {@code addressFree} times (for any accounts)
 * must wait {@code base}, doubling with every further failure up to {@code max}, before its next attempt is even
 * checked. Nothing is ever locked for other clients: the right password from another address works at once,
 * which is the point (a lockout lets anyone shut the newsroom out of its own tool during breaking news).
 * Failures are forgotten {@code forget} after the last one; a success clears that account's count from that
 * address (not the address count, or one valid account would reset the spray limit). IPv6 clients count per
 * /64, the block one subscriber usually gets. Memory is bounded: past {@code maxKeys} entries, the ones no
 * longer holding anybody back are dropped, and new accounts are not tracked until there is room.
 */
public final class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);
    private static final int MAX_NAME = 200;

    /** The {@code livebrief.signin.*} settings; see the README's configuration table. */
    public record Settings(int free, int addressFree, Duration base, Duration max, Duration forget, int maxKeys) {
        public Settings {
            if (free < 1 || addressFree < 1 || base.isNegative() || max.compareTo(base) < 0 || maxKeys < 1) {
                throw new IllegalArgumentException("Invalid sign-in throttle settings: " + free + ", " + addressFree
                        + ", " + base + ", " + max + ", " + maxKeys);
            }
        }

        public static Settings defaults() {
            return new Settings(5, 50, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofMinutes(15), 100_000);
        }
    }

    private record Failures(int count, Instant last, Instant until) {
    }

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this client must wait before an attempt for {@code account} is checked; empty when it may try now. */
    public Optional<Duration> wait(InetAddress client, String account) {
        Instant now = clock.instant();
        Instant until = later(until(addressKey(client), now), until(accountKey(client, account), now));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(InetAddress client, String account) {
        Instant now = clock.instant();
        if (failures.size() >= settings.maxKeys()) {
            prune(now);
        }
        record(addressKey(client), settings.addressFree(), now);
        if (failures.size() < settings.maxKeys()) {
            record(accountKey(client, account), settings.free(), now);
        }
    }

    public void succeeded(InetAddress client, String account) {
        failures.remove(accountKey(client, account));
    }

    private void record(String key, int free, Instant now) {
        Failures after = failures.compute(key, (k, before) -> {
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, count < free ? now : now.plus(backOff(count - free)));
        });
        if (after.count() == free) {
            LOG.warnf("Sign-in attempts from %s are now slowed down after %d failures", key, free);
        }
    }

    /** {@code base · 2^n}, at most {@code max}. */
    Duration backOff(int n) {
        Duration delay = settings.base();
        for (int i = 0; i < n && delay.compareTo(settings.max()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.max()) > 0 ? settings.max() : delay;
    }

    private Instant until(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || forgotten(f, now) ? Instant.MIN : f.until();
    }

    private boolean forgotten(Failures f, Instant now) {
        return !f.until().isAfter(now) && !f.last().plus(settings.forget()).isAfter(now);
    }

    private void prune(Instant now) {
        failures.values().removeIf(f -> !f.until().isAfter(now));
    }

    int trackedKeys() {
        return failures.size();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String addressKey(InetAddress client) {
        if (client instanceof Inet6Address) {
            byte[] bytes = client.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        }
        return client.getHostAddress();
    }

    private static String accountKey(InetAddress client, String account) {
        String name = account == null ? "" : account;
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        // The name is the client's word, and it reaches the log: no line breaks or other controls.
        return addressKey(client) + " as " + name.replaceAll("\\p{Cntrl}", "?");
    }
}
