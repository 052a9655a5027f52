package org.livebrief.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.livebrief.platform.Threads;

/**
 * Who follows which briefing: the open {@link EventStream}s, the connection caps and the heartbeat.
 * Fan-out hands the same encoded {@link Frame} to every stream of a briefing; each stream queues and
 * writes on its own, so a slow one never holds up the others.
 */
@ApplicationScoped
public class Subscribers {

    private static final Frame HEARTBEAT = Frame.comment("heartbeat");

    @Inject
    Threads threads;

    private final Map<Long, Set<EventStream>> byBriefing = new ConcurrentHashMap<>();
    /** The desks' staff streams, apart: they carry drafts, which a public stream must never see. */
    private final Map<Long, Set<EventStream>> desksByBriefing = new ConcurrentHashMap<>();
    private LiveSettings settings;
    private ConnectionLimits limits;
    private ScheduledFuture<?> heartbeat;

    @PostConstruct
    void start() {
        settings = LiveSettings.current();
        limits = new ConnectionLimits(settings.maxStreams(), settings.maxStreamsPerClient());
        long period = settings.heartbeat().toMillis();
        heartbeat = threads.atRateMillis(period, this::heartbeat);
        org.livebrief.platform.Metrics.streams("reader", byBriefing, Subscribers::count);
        org.livebrief.platform.Metrics.streams("desk", desksByBriefing, Subscribers::count);
    }

    private static double count(Map<Long, Set<EventStream>> streams) {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    @PreDestroy
    void stop() {
        heartbeat.cancel(false);
        closeEverything();
    }

    /** Ends every stream, so readers reconnect elsewhere or after a redeploy and replay what they missed. */
    void closeEverything() {
        all().forEach(EventStream::close);
    }

    LiveSettings settings() {
        return settings;
    }

    ConnectionLimits.Admission admit(String client) {
        return limits.admit(client);
    }

    /** Gives back a place taken by {@link #admit} for a stream that never started. */
    void release(String client) {
        limits.release(client);
    }

    void add(EventStream stream) {
        (stream.desk() ? desksByBriefing : byBriefing).compute(stream.briefingId(), (id, streams) -> {
            Set<EventStream> set = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            set.add(stream);
            return set;
        });
    }

    /** Called once per stream when it closes. */
    void remove(EventStream stream) {
        (stream.desk() ? desksByBriefing : byBriefing).computeIfPresent(stream.briefingId(), (id, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
        limits.release(stream.client());
    }

    boolean following(long briefingId) {
        return byBriefing.containsKey(briefingId);
    }

    void publish(long briefingId, Frame frame) {
        Set<EventStream> streams = byBriefing.get(briefingId);
        if (streams != null) {
            streams.forEach(stream -> stream.live(frame));
        }
    }

    /** The briefings that have at least one public stream open. */
    Set<Long> followed() {
        return Set.copyOf(byBriefing.keySet());
    }

    /** The briefings that have a desk open on the staff stream. */
    Set<Long> desks() {
        return Set.copyOf(desksByBriefing.keySet());
    }

    void publishToDesks(long briefingId, Frame frame) {
        Set<EventStream> streams = desksByBriefing.get(briefingId);
        if (streams != null) {
            streams.forEach(stream -> stream.live(frame));
        }
    }

    /** Drops every desk stream: they reconnect with Last-Event-ID and catch up from the audit log. */
    void closeDesks() {
        desksByBriefing.values().stream().flatMap(Set::stream).toList().forEach(EventStream::close);
    }

    /** Drops every reader of a briefing: they reconnect with Last-Event-ID and catch up from the log. */
    void closeAll(long briefingId) {
        Set<EventStream> streams = byBriefing.get(briefingId);
        if (streams != null) {
            List.copyOf(streams).forEach(EventStream::close);
        }
    }

    int open() {
        return limits.open();
    }

    private void heartbeat() {
        all().forEach(stream -> stream.heartbeat(HEARTBEAT));
    }

    private List<EventStream> all() {
        return java.util.stream.Stream.concat(byBriefing.values().stream(), desksByBriefing.values().stream())
                .flatMap(Set::stream).toList();
    }
}
