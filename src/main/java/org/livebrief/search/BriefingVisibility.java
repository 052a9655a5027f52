package org.livebrief.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;

/**
 * A briefing that goes public or stops being public (go live, close, reopen, archive): its indexed entries
 * get the new {@code briefingPublic} flag. After commit, in a transaction of its own; if that fails the
 * search still hides non-public briefings (the database has the last word), and a rebuild repairs it. With OpenSearch,
 * {@link ChangeLogIndexer} writes them from the change log instead.
 */
@ApplicationScoped
public class BriefingVisibility {

    private static final Logger LOG = Logger.getLogger(BriefingVisibility.class);

    @Inject
    SearchIndex index;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        if (change.kind() != Change.Kind.BRIEFING_STATUS_CHANGED || SearchBackend.openSearch()) {
            return;
        }
        try {
            index.reindexBriefing(change.briefingId());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not re-index the entries of briefing %d after its status changed", change.briefingId());
        }
    }
}
