package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/** Moves entries through the editorial workflow, for people and for the embargo scheduler. */
@ApplicationScoped
public class EntryTransitions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Entries entries;

    @Inject
    SourceChanges sourceChanges;

    /** A transition asked for over the API: policy first (403), then version (412), then state (409). */
    @Transactional
    public Entry apply(long briefingId, long entryId, Transition transition, TransitionRequest request, String ifMatch,
                       Caller caller) {
        Entry entry = entries.find(briefingId, entryId, caller);
        EditorialPolicy.check(caller, transition, entry.facts(), entry.briefing().rules());
        ETags.require(ifMatch, entry.version());
        if (transition == Transition.PUBLISH && entry.briefing().status() != BriefingStatus.LIVE) {
            throw ProblemException.conflict("briefing-not-live", "Entries are published only while the briefing is live",
                    Map.of("status", entry.briefing().status().jsonName()));
        }
        boolean wasPinned = entry.pinned();
        SourceChanges.Before before = SourceChanges.Before.of(entry);
        entry.apply(transition, caller.name(), request == null ? TransitionRequest.NONE : request, clock);
        switch (transition) {
            case PUBLISH -> entries.publicChange(entry, Change.Kind.ENTRY_PUBLISHED);
            case RETRACT -> {
                if (wasPinned) { // retraction unpinned it: an edit of its flags, logged before the retraction
                    entries.publicChange(entry, Change.Kind.ENTRY_UPDATED);
                }
                entries.publicChange(entry, Change.Kind.ENTRY_RETRACTED);
                sourceChanges.sourceChanged(entry, SourceChange.Kind.RETRACTED, before, entry.retractionReason());
            }
            default -> { }
        }
        return entry;
    }

    /** Ids of scheduled entries of live briefings whose time has come, oldest first. */
    public List<Long> due(int limit) {
        return em.createQuery("select e.id from Entry e where e.state = :s and e.publishAt <= :now"
                        + " and e.briefing.status = :live order by e.publishAt", Long.class)
                .setParameter("s", EntryState.SCHEDULED).setParameter("now", clock.instant())
                .setParameter("live", BriefingStatus.LIVE)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Publishes one due entry in its own transaction, under a row lock, so two nodes or a retry after a
     * crash publish it once. Returns false when it was no longer due (published, rescheduled, rejected) or
     * its briefing is not live (it waits until the briefing goes live).
     */
    @Transactional
    public boolean publishIfDue(long entryId) {
        Entry entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || entry.briefing().status() != BriefingStatus.LIVE || !entry.publishIfDue(clock)) {
            return false;
        }
        entries.publicChange(entry, Change.Kind.ENTRY_PUBLISHED);
        return true;
    }
}
