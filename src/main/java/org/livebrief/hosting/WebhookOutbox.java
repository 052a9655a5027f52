package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Syndication;

/**
 * The durable side of the webhooks (tables of {@code V39__webhooks.sql}), on the model of {@code feeds.WebSubOutbox}:
 * a cursor over the change log, advanced under a row lock so nodes take turns; each change past it becomes one
 * delivery row per endpoint that wants its events ({@link WebhookPayloads}); the caller is leased the deliveries
 * that are due, sends them outside any transaction and reports back. Per endpoint only the oldest pending delivery
 * is ever leased, so an endpoint receives its messages in change-log order, each only after the one before was
 * delivered or given up.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);
    static final int BATCH = 500;
    /** As {@code WebSubOutbox.GAP_HORIZON}: longer than any transaction lives. */
    static final Duration GAP_HORIZON = Duration.ofMinutes(10);
    /** Changes older than this when first seen (after a long outage) are not delivered. */
    static final Duration STALE = Duration.ofDays(1);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Syndication syndication;

    @Inject
    WebhookPayloads payloads;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    /** A delivery leased to the caller, with what it needs to send it. */
    record Delivery(long id, long endpointId, String url, String payload, List<String> secrets, int attempts) {
    }

    /** The deliveries leased, whether more work may be waiting, and whether any endpoint is registered. */
    record Round(List<Delivery> deliveries, boolean more, boolean endpoints) {
    }

    /** A change-log position: its seq and when the change was made. */
    record Position(long seq, Instant at) {
    }

    static String messageId(long deliveryId) {
        return "msg_lb" + deliveryId;
    }

    /**
     * Each of the dispatcher's steps runs in a transaction of its own (REQUIRES_NEW): the executor's pooled threads are
     * the server's, shared by every deployment, and one left associated with a finished transaction (seen after
     * redeployments in the IT suite: WFLYEE0135, then "Session/EntityManager is closed" on every later round) must not
     * be joined.
     */
    /** How far this reader of the change log is behind: {@code livebrief_changelog_lag_*{consumer="webhooks"}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.livebrief.platform.Metrics.Backlog backlog() {
        long cursor = Rows.number(em.createNativeQuery("SELECT seq FROM webhook_cursor WHERE id = 1").getSingleResult());
        return syndication.backlogAfter(cursor, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Round advanceAndClaim(int max) {
        long cursor = Rows.number(em.createNativeQuery("SELECT seq FROM webhook_cursor WHERE id = 1 FOR UPDATE")
                .getSingleResult());
        Instant now = clock.instant();
        List<Change> changes = syndication.changesAfter(cursor, BATCH);
        Set<Long> seen = seen();
        Map<Long, Set<WebhookEvent>> endpoints = endpoints();
        for (Change change : changes) {
            if (!seen.contains(change.seq()) && change.occurredAt().isAfter(now.minus(STALE)) && !endpoints.isEmpty()) {
                for (WebhookPayloads.Message message : payloads.of(change)) {
                    endpoints.forEach((endpoint, events) -> {
                        if (events.contains(message.event())) {
                            queue(endpoint, change.seq(), message, now);
                        }
                    });
                }
            }
        }
        long next = advance(cursor, changes.stream().map(c -> new Position(c.seq(), c.occurredAt())).toList(),
                now.minus(GAP_HORIZON));
        for (Change change : changes) {
            if (change.seq() > next && seen.add(change.seq())) {
                em.createNativeQuery("INSERT INTO webhook_seen (seq) VALUES (?1)").setParameter(1, change.seq()).executeUpdate();
            }
        }
        if (next > cursor) {
            em.createNativeQuery("UPDATE webhook_cursor SET seq = ?1 WHERE id = 1").setParameter(1, next).executeUpdate();
            em.createNativeQuery("DELETE FROM webhook_seen WHERE seq <= ?1").setParameter(1, next).executeUpdate();
        }
        List<Delivery> due = max <= 0 ? List.of() : claim(now, max);
        return new Round(due, changes.size() == BATCH || (max > 0 && due.size() == max), !endpoints.isEmpty());
    }

    /** As {@code WebSubOutbox.advance}: past every change without a gap, and past gaps that can no longer fill. */
    static long advance(long cursor, List<Position> after, Instant gapsClosedBefore) {
        return org.livebrief.briefing.ChangeLog.contiguousUpTo(cursor, after, Position::seq, Position::at, gapsClosedBefore);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Set<WebhookEvent>> endpoints() {
        Map<Long, Set<WebhookEvent>> endpoints = new java.util.LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT id, events FROM webhook_endpoint WHERE deleted_at IS NULL"
                + " ORDER BY id").getResultList();
        for (Object[] row : rows) {
            Set<WebhookEvent> events = new HashSet<>();
            Arrays.stream(((String) row[1]).split(",")).forEach(t -> WebhookEvent.ofType(t).ifPresent(events::add));
            endpoints.put(Rows.number(row[0]), events);
        }
        return endpoints;
    }

    private Set<Long> seen() {
        Set<Long> seen = new HashSet<>();
        for (Object seq : em.createNativeQuery("SELECT seq FROM webhook_seen").getResultList()) {
            seen.add(((Number) seq).longValue());
        }
        return seen;
    }

    private void queue(long endpoint, long seq, WebhookPayloads.Message message, Instant now) {
        em.createNativeQuery("INSERT INTO webhook_delivery (endpoint_id, change_seq, event_type, payload, state, attempts,"
                        + " created_at, due_at) VALUES (?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5)")
                .setParameter(1, endpoint).setParameter(2, seq).setParameter(3, message.event().type())
                .setParameter(4, message.payload()).setParameter(5, now).executeUpdate();
    }

    /** The oldest pending delivery of each endpoint, when it is due; leased to the caller. */
    @SuppressWarnings("unchecked")
    private List<Delivery> claim(Instant now, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.endpoint_id, e.url, d.payload, e.secret,"
                        + " e.previous_secret, e.previous_until, d.attempts FROM webhook_delivery d"
                        + " JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                        + " WHERE d.state = 'pending' AND d.due_at <= ?1 AND e.deleted_at IS NULL"
                        + " AND d.id = (SELECT MIN(h.id) FROM webhook_delivery h WHERE h.endpoint_id = d.endpoint_id"
                        + " AND h.state = 'pending') ORDER BY d.due_at, d.id")
                .setParameter(1, now).setMaxResults(max).getResultList();
        List<Delivery> deliveries = new ArrayList<>();
        for (Object[] r : rows) {
            List<String> secrets = new ArrayList<>(List.of((String) r[4]));
            Instant previousUntil = Rows.instant(r[6]);
            if (r[5] != null && previousUntil != null && previousUntil.isAfter(now)) {
                secrets.add((String) r[5]);
            }
            deliveries.add(new Delivery(Rows.number(r[0]), Rows.number(r[1]), (String) r[2], (String) r[3], secrets,
                    Rows.integer(r[7])));
        }
        if (!deliveries.isEmpty()) {
            em.createNativeQuery("UPDATE webhook_delivery SET due_at = ?1 WHERE id IN (?2)")
                    .setParameter(1, now.plusMillis(settings.leaseMillis()))
                    .setParameter(2, deliveries.stream().map(Delivery::id).toList()).executeUpdate();
        }
        return deliveries;
    }

    /** The receiver answered 2xx. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Delivery delivery, int status) {
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE webhook_delivery SET state = 'delivered', attempts = attempts + 1, last_status = ?1,"
                        + " last_error = NULL, last_attempt_at = ?2, delivered_at = ?2 WHERE id = ?3 AND state = 'pending'")
                .setParameter(1, status).setParameter(2, now).setParameter(3, delivery.id()).executeUpdate();
    }

    /** The attempt failed ({@code status} null when there was no answer): retry later, or give up after the last attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Delivery delivery, Integer status, String error) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        boolean last = attempts >= settings.attempts();
        if (last) {
            LOG.warnf("Webhook delivery %d to endpoint %d failed %d times; giving up (%s)", delivery.id(),
                    delivery.endpointId(), attempts, error);
        }
        String message = error == null || error.isBlank() ? "no answer" : error;
        // A null bound to a native query has no type PostgreSQL accepts: "no status" is written as SQL.
        em.createNativeQuery("UPDATE webhook_delivery SET state = ?1, attempts = ?2, last_status = "
                        + (status == null ? "NULL" : status.toString()) + ", last_error = ?3,"
                        + " last_attempt_at = ?4, due_at = ?5 WHERE id = ?6 AND state = 'pending'")
                .setParameter(1, last ? "failed" : "pending").setParameter(2, attempts)
                .setParameter(3, message.substring(0, Math.min(message.length(), 300)))
                .setParameter(4, now).setParameter(5, now.plus(backoff(attempts, settings.backoffMillis())))
                .setParameter(6, delivery.id()).executeUpdate();
    }

    /** The wait before attempt {@code attempts + 1}: doubling from {@code backoffMillis}, at most an hour. */
    static Duration backoff(int attempts, long backoffMillis) {
        if (attempts <= 0) {
            return Duration.ZERO;
        }
        long millis = Math.max(1, backoffMillis) << Math.min(attempts - 1, 30);
        return millis <= 0 || millis > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(millis);
    }
}
