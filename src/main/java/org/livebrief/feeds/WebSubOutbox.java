package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Syndication;

/**
 * The durable side of WebSub (tables of {@code V20__websub_outbox.sql}): a cursor over the change log and
 * one pending ping per topic. {@link #advanceAndClaim} runs under a row lock on the cursor, so nodes take
 * turns: it queues the pings of the changes after the cursor, moves the cursor, and leases the pings that
 * are due to the caller, who sends them outside any transaction and reports back with {@link #delivered}
 * or {@link #failed}. A node that dies holding a lease leaves pings that fall due again when it ends.
 */
@ApplicationScoped
public class WebSubOutbox {

    private static final Logger LOG = Logger.getLogger(WebSubOutbox.class);
    /** Changes read per round. */
    static final int BATCH = 500;
    /**
     * How long a gap in the change log may still be filled by a transaction that took its seq and has not
     * committed yet: longer than any transaction lives (WildFly's default timeout is 5 minutes), with room
     * for clock skew between nodes.
     */
    static final Duration GAP_HORIZON = Duration.ofMinutes(10);
    /** Changes older than this when first seen (after a long outage or a hub configured late) are not announced. */
    static final Duration STALE = Duration.ofDays(1);
    /** The longest wait between two attempts. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Syndication syndication;

    @Inject
    Instance<FeedSubjects> subjects;

    @Inject
    FeedSettings settings;

    @Inject
    Clock clock;

    /** How long a node may take to send the pings it claimed before they fall due for others. */
    @Inject
    @ConfigProperty(name = "livebrief.websub.lease-millis", defaultValue = "60000")
    long leaseMillis;

    /** A ping leased to the caller: {@code generation} tells whether another change came in meanwhile. */
    public record Ping(long id, String topic, long generation, int attempts) {
    }

    /** The pings leased to the caller, and whether more work is waiting (a full batch of either). */
    public record Round(List<Ping> pings, boolean more) {
    }

    /** A change-log position: its seq and when the change was made. */
    record Position(long seq, Instant at) {
    }

    /** How far this reader of the change log is behind: {@code livebrief_changelog_lag_*{consumer="websub"}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.livebrief.platform.Metrics.Backlog backlog() {
        long cursor = ((Number) em.createNativeQuery("SELECT seq FROM websub_cursor WHERE id = 1").getSingleResult()).longValue();
        return syndication.backlogAfter(cursor, clock.instant());
    }

    @Transactional
    public Round advanceAndClaim(int maxPings) {
        long cursor = ((Number) em.createNativeQuery("SELECT seq FROM websub_cursor WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        Instant now = clock.instant();
        List<Change> changes = syndication.changesAfter(cursor, BATCH);
        Set<Long> seen = seen();
        Set<String> topics = new LinkedHashSet<>();
        for (Change change : changes) {
            if (!seen.contains(change.seq()) && change.occurredAt().isAfter(now.minus(STALE))) {
                topics.addAll(topics(change));
            }
        }
        topics.forEach(topic -> queue(topic, now));
        long next = advance(cursor, changes.stream().map(c -> new Position(c.seq(), c.occurredAt())).toList(),
                now.minus(GAP_HORIZON));
        for (Change change : changes) {
            if (change.seq() > next && seen.add(change.seq())) {
                em.createNativeQuery("INSERT INTO websub_seen (seq) VALUES (?1)").setParameter(1, change.seq()).executeUpdate();
            }
        }
        if (next > cursor) {
            em.createNativeQuery("UPDATE websub_cursor SET seq = ?1 WHERE id = 1").setParameter(1, next).executeUpdate();
            em.createNativeQuery("DELETE FROM websub_seen WHERE seq <= ?1").setParameter(1, next).executeUpdate();
        }
        List<Ping> due = claim(now, maxPings);
        return new Round(due, changes.size() == BATCH || due.size() == maxPings);
    }

    /**
     * The new cursor: past every change read that follows the cursor without a gap, and past gaps that
     * can no longer fill (the change after the gap was made before {@code gapsClosedBefore}).
     */
    static long advance(long cursor, List<Position> after, Instant gapsClosedBefore) {
        return org.livebrief.briefing.ChangeLog.contiguousUpTo(cursor, after, Position::seq, Position::at, gapsClosedBefore);
    }

    /** Every WebSub topic a change touches: the subscription feeds (in formats that name the hub) of every feature. */
    private Set<String> topics(Change change) {
        Set<String> topics = new LinkedHashSet<>();
        List<String> bases = settings.basesForTopics();
        subjects.forEach(subject -> subject.affectedBy(change).stream()
                .filter(request -> request.format().announcedToHub())
                .forEach(request -> bases.forEach(base -> topics.add(base + FeedPaths.feed(request)))));
        return topics;
    }

    private Set<Long> seen() {
        Set<Long> seen = new HashSet<>();
        for (Object seq : em.createNativeQuery("SELECT seq FROM websub_seen").getResultList()) {
            seen.add(((Number) seq).longValue());
        }
        return seen;
    }

    /**
     * One pending ping per topic; a topic already waiting gets a new generation. A topic backing off after the hub
     * failed it (due later than any lease could run) starts over and is due at once: the news that made this change
     * should not wait up to an hour because the hub was down earlier. A leased or shortly waiting ping keeps its time,
     * so a ping in flight is never claimed twice.
     */
    private void queue(String topic, Instant now) {
        int updated = em.createNativeQuery("UPDATE websub_ping SET generation = generation + 1, attempts = 0,"
                        + " due_at = ?2 WHERE topic = ?1 AND attempts > 0 AND due_at > ?3")
                .setParameter(1, topic).setParameter(2, now).setParameter(3, now.plusMillis(leaseMillis)).executeUpdate();
        if (updated == 0) {
            updated = em.createNativeQuery("UPDATE websub_ping SET generation = generation + 1 WHERE topic = ?1")
                    .setParameter(1, topic).executeUpdate();
        }
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO websub_ping (topic, generation, attempts, due_at) VALUES (?1, 1, 0, ?2)")
                    .setParameter(1, topic).setParameter(2, now).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Ping> claim(Instant now, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, topic, generation, attempts FROM websub_ping"
                + " WHERE due_at <= ?1 ORDER BY due_at, id").setParameter(1, now).setMaxResults(max).getResultList();
        List<Ping> pings = rows.stream().map(r -> new Ping(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue())).toList();
        if (!pings.isEmpty()) {
            em.createNativeQuery("UPDATE websub_ping SET due_at = ?1 WHERE id IN (?2)")
                    .setParameter(1, now.plusMillis(leaseMillis)).setParameter(2, pings.stream().map(Ping::id).toList())
                    .executeUpdate();
        }
        return pings;
    }

    /** The hub took the ping. If another change came in meanwhile, the topic is due again at once. */
    @Transactional
    public void delivered(Ping ping) {
        if (delete(ping) == 0) {
            reschedule(ping.id(), 0, clock.instant());
        }
    }

    /** The hub did not take the ping: try again later, or give up after {@code maxAttempts}. */
    @Transactional
    public void failed(Ping ping, int maxAttempts, long backoffMillis) {
        int attempts = ping.attempts() + 1;
        if (attempts >= maxAttempts) {
            if (delete(ping) == 1) {
                LOG.warnf("WebSub hub did not take %s after %d attempts; giving up", ping.topic(), attempts);
                return;
            }
            attempts = 0;
        }
        reschedule(ping.id(), attempts, clock.instant().plus(backoff(attempts, backoffMillis)));
    }

    /** The wait before attempt {@code attempts + 1}: doubling from {@code backoffMillis}, at most an hour. */
    static Duration backoff(int attempts, long backoffMillis) {
        if (attempts <= 0) {
            return Duration.ZERO;
        }
        long millis = Math.max(1, backoffMillis) << Math.min(attempts - 1, 30);
        return millis <= 0 || millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }

    private int delete(Ping ping) {
        return em.createNativeQuery("DELETE FROM websub_ping WHERE id = ?1 AND generation = ?2")
                .setParameter(1, ping.id()).setParameter(2, ping.generation()).executeUpdate();
    }

    private void reschedule(long id, int attempts, Instant due) {
        em.createNativeQuery("UPDATE websub_ping SET attempts = ?1, due_at = ?2 WHERE id = ?3")
                .setParameter(1, attempts).setParameter(2, due).setParameter(3, id).executeUpdate();
    }
}
