package org.livebrief.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.briefing.EntryTransitions;
import org.livebrief.platform.DatabaseOutage;

/**
 * Publishes scheduled entries when their time comes. The schedule lives in the database (state
 * {@code scheduled} plus {@code publishAt}), not in timers, so a restart loses nothing; each entry is
 * published under a row lock in its own transaction, so nothing is published twice. While the database is away
 * each tick gives up quietly ({@link DatabaseOutage} logs the outage once); the first tick that reaches it again
 * ends the outage.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class EmbargoScheduler {

    private static final Logger LOG = Logger.getLogger(EmbargoScheduler.class);
    private static final int BATCH = 100;

    @Resource
    TimerService timers;

    @Inject
    EntryTransitions transitions;

    @Inject
    @ConfigProperty(name = "livebrief.embargo.poll-millis", defaultValue = "1000")
    long pollMillis;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(pollMillis, pollMillis, new TimerConfig("embargo", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void publishDue() {
        List<Long> due;
        try {
            due = transitions.due(BATCH);
            DatabaseOutage.available();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.report(e)) {
                LOG.warnf(e, "Could not look for scheduled entries; will retry");
            }
            return;
        }
        for (Long id : due) {
            try {
                if (transitions.publishIfDue(id)) {
                    LOG.infof("Published scheduled entry %d", id);
                }
            } catch (RuntimeException e) {
                if (!DatabaseOutage.report(e)) {
                    LOG.warnf(e, "Could not publish scheduled entry %d; will retry", id);
                }
            }
        }
    }
}
