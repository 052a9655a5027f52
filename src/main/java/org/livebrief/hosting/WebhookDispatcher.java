package org.livebrief.hosting;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.platform.DatabaseOutage;
import org.livebrief.platform.Rounds;
import org.livebrief.platform.Threads;

/**
 * Sends the webhooks, following the change log through {@link WebhookOutbox} as {@code feeds.WebSubNotifier} pings
 * the hub: a round runs every {@code livebrief.webhooks.poll-millis} and as soon as a change commits (the
 * {@code AFTER_SUCCESS} event only wakes it). The writer's thread does nothing but hand a wake-up to the executor, so
 * a slow or hanging receiver never slows publishing. Attempts run asynchronously, at most
 * {@code livebrief.webhooks.max-in-flight} at once (the bound of the queue; the rest wait in the table), each
 * bounded by {@code livebrief.webhooks.timeout-millis}; a hanging endpoint holds only its own next delivery back.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Resource
    TimerService timers;

    @Inject
    Threads threads;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    private WebhookSender sender;
    private Semaphore inFlight;
    private Rounds rounds;
    /**
     * Whether the last round saw any endpoint. Without one, a committed change does not start a round of its own (a
     * transaction on the cursor per publication was 5 % of the server's CPU in the publishing benchmark, stop 17): the
     * timer's round moves the cursor past it, and notices an endpoint registered since, within a poll.
     */
    private volatile boolean endpoints = true;
    /** Outcomes of finished attempts, recorded by the next round. */
    private final java.util.Queue<Runnable> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @PostConstruct
    void start() {
        sender = new WebhookSender(Duration.ofMillis(settings.timeoutMillis()), settings.allowPrivateAddresses(), clock);
        inFlight = new Semaphore(Math.max(1, settings.maxInFlight()));
        rounds = new Rounds("Webhook", threads, Threads.Pool.OUTBOX, this::round);
        org.livebrief.platform.Metrics.changeLogReader("webhooks", outbox::backlog);
        timers.createIntervalTimer(settings.pollMillis(), Math.max(50, settings.pollMillis()), new TimerConfig("webhooks", false));
    }

    /** No new rounds; a round under way may finish. Attempts in flight report if they can; their lease covers the rest. */
    @PreDestroy
    void stop() {
        rounds.stop(Duration.ofSeconds(15));
    }

    /** A change committed: run a round now. Returns at once; the writer never waits for a receiver. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (endpoints) {
            rounds.wake();
        }
    }

    /** An endpoint was registered on this node: changes start rounds again at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void registered() {
        endpoints = true;
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        rounds.wake();
    }

    /**
     * Records the outcomes of finished attempts, queues what changed and starts the due attempts (as many as there are
     * free slots). True when more is waiting. Outcomes are recorded here, on the round's own thread, never on the
     * thread that completes an attempt: a completion runs wherever the HTTP client finishes it, and a transaction
     * begun there met a closed EntityManager under load (WebhooksIT, stop 16).
     */
    private boolean round() {
        for (Runnable outcome; (outcome = outcomes.poll()) != null; ) {
            outcome.run();
        }
        int free = inFlight.availablePermits();
        WebhookOutbox.Round round = outbox.advanceAndClaim(free);
        endpoints = round.endpoints();
        for (WebhookOutbox.Delivery delivery : round.deliveries()) {
            inFlight.acquireUninterruptibly();
            sender.send(delivery).whenComplete((outcome, failure) -> {
                outcomes.add(() -> {
                    try {
                        report(delivery, outcome, failure);
                    } finally {
                        inFlight.release();
                    }
                });
                // The outcome is recorded, and the endpoint's next delivery looked at, by the next round.
                rounds.wake();
            });
        }
        return !outcomes.isEmpty() || round.more() && free > round.deliveries().size();
    }

    private void report(WebhookOutbox.Delivery delivery, WebhookSender.Outcome outcome, Throwable failure) {
        if (rounds.isStopped()) {
            return;
        }
        try {
            if (failure == null && outcome.delivered()) {
                outbox.delivered(delivery, outcome.status());
            } else {
                outbox.failed(delivery, outcome == null ? null : outcome.status(),
                        failure != null ? String.valueOf(failure) : outcome.error());
            }
        } catch (RuntimeException e) {
            if (!DatabaseOutage.report(e)) {
                LOG.warnf(e, "Could not record the outcome of webhook delivery %d; it is tried again after its lease", delivery.id());
            }
        }
    }
}
