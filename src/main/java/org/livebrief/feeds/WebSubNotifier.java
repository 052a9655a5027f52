package org.livebrief.feeds;

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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.platform.Rounds;
import org.livebrief.platform.Threads;
import org.livebrief.briefing.Change;

/**
 * Pings the WebSub hub ({@code livebrief.websub.hub}) for every feed a change affects, following the change
 * log through {@link WebSubOutbox}, not the CDI event: a round runs every {@code livebrief.websub.poll-millis}
 * and as soon as a change commits ({@code AFTER_SUCCESS}: the event only wakes the worker early). A crash
 * between a commit and its ping loses nothing; the next round on any node finds the change after the
 * cursor, or the ping still queued. Only one round runs at a time on a node, off the writers' threads.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);
    private static final int PINGS_PER_ROUND = 50;

    @Resource
    TimerService timers;

    @Inject
    Threads threads;

    @Inject
    FeedSettings settings;

    @Inject
    WebSubOutbox outbox;

    @Inject
    @ConfigProperty(name = "livebrief.websub.attempts", defaultValue = "12")
    int attempts;

    @Inject
    @ConfigProperty(name = "livebrief.websub.backoff-millis", defaultValue = "1000")
    long backoffMillis;

    @Inject
    @ConfigProperty(name = "livebrief.websub.poll-millis", defaultValue = "1000")
    long pollMillis;

    private volatile WebSubHub hub;
    private Rounds rounds;

    @PostConstruct
    void start() {
        rounds = new Rounds("WebSub", threads, Threads.Pool.OUTBOX, this::round);
        settings.hub().ifPresent(h -> {
            hub = new WebSubHub(URI.create(h));
            org.livebrief.platform.Metrics.changeLogReader("websub", outbox::backlog);
            timers.createIntervalTimer(pollMillis, Math.max(50, pollMillis), new TimerConfig("websub", false));
        });
    }

    /**
     * Undeploy or shutdown: no new rounds, and a round under way may finish (a ping's timeout is 10 s), so
     * it does not lose its database connection halfway. What it leaves undone stays queued.
     */
    @PreDestroy
    void stop() {
        hub = null;
        rounds.stop(Duration.ofSeconds(15));
    }

    /** A change committed: run a round now instead of at the next tick. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (hub != null) {
            rounds.wake();
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (hub != null) {
            rounds.wake();
        }
    }

    /** One round: queue and claim under the cursor lock, ping outside the transaction, report. True when more is waiting. */
    private boolean round() {
        WebSubHub to = hub;
        if (to == null) {
            return false;
        }
        WebSubOutbox.Round round = outbox.advanceAndClaim(PINGS_PER_ROUND);
        List<WebSubOutbox.Ping> pings = round.pings();
        List<CompletableFuture<Boolean>> sent = pings.stream().map(p -> to.publish(p.topic())).toList();
        for (int i = 0; i < pings.size(); i++) {
            if (sent.get(i).join()) {
                outbox.delivered(pings.get(i));
            } else {
                outbox.failed(pings.get(i), attempts, backoffMillis);
            }
        }
        return round.more();
    }
}
