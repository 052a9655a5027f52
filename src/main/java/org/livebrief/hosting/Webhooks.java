package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/** The registered endpoints (table {@code webhook_endpoint}) and their delivery log: what the admin API does. */
@ApplicationScoped
public class Webhooks {

    static final int MAX_LOG = 200;
    private static final String COLUMNS = "id, url, events, description, created_by, created_at, previous_until, version";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    /** Registers an endpoint; the answer carries its new secret, shown this once. */
    @Transactional
    public WebhookView register(WebhookRequest request, String by) {
        Set<WebhookEvent> events = request.validate(settings.allowPrivateAddresses(), WebhookAddresses.DNS);
        String secret = WebhookSignature.newSecret();
        em.createNativeQuery("INSERT INTO webhook_endpoint (url, events, description, secret, created_by, created_at, version)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)")
                .setParameter(1, request.url().strip())
                .setParameter(2, events.stream().map(WebhookEvent::type).collect(Collectors.joining(",")))
                .setParameter(3, request.description() == null ? "" : request.description().strip())
                .setParameter(4, secret).setParameter(5, by)
                .setParameter(6, clock.instant()).executeUpdate();
        long id = Rows.number(em.createNativeQuery("SELECT MAX(id) FROM webhook_endpoint WHERE secret = ?1")
                .setParameter(1, secret).getSingleResult());
        return withSecret(find(id), secret);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<WebhookView> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE deleted_at IS NULL"
                + " ORDER BY id").getResultList();
        return rows.stream().map(this::view).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public WebhookView find(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?1"
                + " AND deleted_at IS NULL").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Webhook", id);
        }
        return view(rows.get(0));
    }

    /**
     * A new secret; the old one keeps signing for {@code livebrief.webhooks.rotation-grace-seconds}, so the receiver
     * can switch without losing a message. {@code ifMatch} must name the endpoint's version (428 without, 412 when stale).
     */
    @Transactional
    public WebhookView rotate(long id, String ifMatch) {
        WebhookView current = checked(id, ifMatch);
        String secret = WebhookSignature.newSecret();
        em.createNativeQuery("UPDATE webhook_endpoint SET previous_secret = secret, secret = ?1, previous_until = ?2,"
                        + " version = version + 1 WHERE id = ?3")
                .setParameter(1, secret).setParameter(2, clock.instant().plusSeconds(settings.rotationGraceSeconds()))
                .setParameter(3, current.id()).executeUpdate();
        return withSecret(find(id), secret);
    }

    /** Deletes the endpoint: nothing more is sent to it, and its pending deliveries are marked failed. */
    @Transactional
    public void delete(long id, String ifMatch) {
        checked(id, ifMatch);
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE webhook_endpoint SET deleted_at = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, now).setParameter(2, id).executeUpdate();
        em.createNativeQuery("UPDATE webhook_delivery SET state = 'failed', last_error = 'endpoint deleted'"
                + " WHERE endpoint_id = ?1 AND state = 'pending'").setParameter(1, id).executeUpdate();
    }

    /** The endpoint's deliveries, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<DeliveryView> deliveries(long id, int limit) {
        find(id);
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_type, change_seq, state, attempts, created_at,"
                        + " last_attempt_at, last_status, last_error, delivered_at, due_at FROM webhook_delivery"
                        + " WHERE endpoint_id = ?1 ORDER BY id DESC")
                .setParameter(1, id).setMaxResults(Math.max(1, Math.min(limit, MAX_LOG))).getResultList();
        return rows.stream().map(r -> new DeliveryView(Rows.number(r[0]), WebhookOutbox.messageId(Rows.number(r[0])),
                (String) r[1], Rows.number(r[2]), (String) r[3], Rows.integer(r[4]), Rows.instant(r[5]), Rows.instant(r[6]),
                Rows.integer(r[7]), (String) r[8], Rows.instant(r[9]),
                "pending".equals(r[3]) ? Rows.instant(r[10]) : null)).toList();
    }

    private WebhookView checked(long id, String ifMatch) {
        WebhookView current = find(id);
        ETags.require(ifMatch, current.version());
        return current;
    }

    private WebhookView view(Object[] r) {
        Instant previousUntil = Rows.instant(r[6]);
        return new WebhookView(Rows.number(r[0]), (String) r[1], Arrays.asList(((String) r[2]).split(",")), (String) r[3],
                (String) r[4], Rows.instant(r[5]), previousUntil != null && previousUntil.isAfter(clock.instant())
                ? previousUntil : null, Rows.number(r[7]), null);
    }

    private static WebhookView withSecret(WebhookView view, String secret) {
        return new WebhookView(view.id(), view.url(), view.events(), view.description(), view.createdBy(), view.createdAt(),
                view.previousSecretValidUntil(), view.version(), secret);
    }
}
