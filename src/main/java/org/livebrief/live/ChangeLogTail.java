package org.livebrief.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.livebrief.briefing.ChangeLog;
import org.livebrief.platform.Threads;

/**
 * Fan-out across nodes: every {@code livebrief.live.tail-millis} (0 turns it off) the broadcaster compares each
 * followed briefing's latest change-log sequence with what it has sent, in one query, so changes committed on
 * another node reach this node's readers too. Local commits still go out at once through the CDI event; the
 * tail only finds what that missed, and the per-briefing cursor keeps anything from going out twice.
 */
@ApplicationScoped
public class ChangeLogTail {

    private static final Logger LOG = Logger.getLogger(ChangeLogTail.class);

    @Inject
    Threads threads;

    @Inject
    ChangeLog changeLog;

    private ScheduledFuture<?> task;

    /**
     * Makes the bean, and so its timer, when the application starts. An {@code @ApplicationScoped} bean is made on its
     * first use, and the only use of this one was the broadcaster's call from the timer's own tick: until this fix the
     * tail never ran, and no reader saw another node's changes (found by bench/cluster/run.sh: 0 of 20 entries
     * published on node A reached a reader on node B).
     */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Observing the event is enough: the container makes the bean to deliver it, and @PostConstruct starts the timer.
    }

    @PostConstruct
    void start() {
        int millis = ConfigProvider.getConfig().getOptionalValue("livebrief.live.tail-millis", Integer.class).orElse(500);
        if (millis > 0) {
            task = threads.everyMillis(millis, this::tick);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void tick() {
        try {
            CDI.current().select(Broadcaster.class).get().catchUp();
        } catch (RuntimeException e) {
            LOG.debugf(e, "Change-log tail failed; it tries again");
        }
    }

    /** The latest sequence of each of these briefings that has any change. */
    @Transactional
    public Map<Long, Long> latestSeqs(Collection<Long> briefingIds) {
        return changeLog.latestSeqs(briefingIds);
    }
}
