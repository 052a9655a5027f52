package org.livebrief.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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
