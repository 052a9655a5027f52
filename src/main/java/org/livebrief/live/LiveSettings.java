package org.livebrief.live;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code livebrief.live.*} settings (MicroProfile Config; see the README's configuration table).
 *
 * @param maxStreams         open event streams the server accepts in total (then 503)
 * @param maxStreamsPerClient open event streams per client address (then 429)
 * @param heartbeat          how often an idle stream gets a comment line
 * @param retry              the reconnection delay the stream suggests to clients
 * @param queueFrames        frames a subscriber may have waiting before it counts as too slow and is dropped
 * @param replayLimit        the most changes a reconnecting client is replayed; past that it is told to reload
 * @param pollSeconds        how often poll clients are told to come back
 */
public record LiveSettings(int maxStreams, int maxStreamsPerClient, Duration heartbeat, Duration retry,
                           int queueFrames, int replayLimit, int pollSeconds) {

    public LiveSettings {
        if (maxStreams < 1 || maxStreamsPerClient < 1 || queueFrames < 1 || replayLimit < 1 || pollSeconds < 1
                || heartbeat.isNegative() || heartbeat.isZero() || retry.isNegative()) {
            throw new IllegalArgumentException("Invalid livebrief.live settings: " + this);
        }
    }

    static LiveSettings current() {
        return from(ConfigProvider.getConfig());
    }

    static LiveSettings from(Config config) {
        return new LiveSettings(
                integer(config, "max-streams", 10_000),
                integer(config, "max-streams-per-client", 20),
                Duration.ofSeconds(integer(config, "heartbeat-seconds", 15)),
                Duration.ofMillis(integer(config, "retry-millis", 3_000)),
                integer(config, "queue-frames", 64),
                integer(config, "replay-limit", 500),
                integer(config, "poll-seconds", 10));
    }

    /** Poll answers may be cached for half the poll interval, so a cached answer is never a full interval old. */
    int pollMaxAgeSeconds() {
        return Math.max(1, pollSeconds / 2);
    }

    private static int integer(Config config, String name, int defaultValue) {
        return config.getOptionalValue("livebrief.live." + name, Integer.class).orElse(defaultValue);
    }
}
