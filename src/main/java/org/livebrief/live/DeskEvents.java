package org.livebrief.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Entries;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;
import org.livebrief.workflow.RevisionLog;

/**
 * The staff side of live push: every committed change of a briefing and its entries, drafts included,
 * read from the revision history ({@link RevisionLog}: one revision per committed transaction). The event id
 * is the revision number. Each event says what a desk needs to refresh and act (entry id, state, version,
 * as they are now), never the body: the desk loads that through the API like any other read.
 */
@ApplicationScoped
public class DeskEvents {

    static final String CHANGED = "desk-changed";
    private static final Caller DESK = new Caller(null, true, false, false);

    @Inject
    RevisionLog revisions;

    @Inject
    Briefings briefings;

    @Inject
    Entries entries;

    /** One entry as a desk needs it to refresh and to send If-Match: {@code state} is null if it is gone. */
    public record EntryChange(long id, String state, Long version) {
    }

    /** What one revision changed in a briefing: its entries and, if the briefing's settings changed, its status and version. */
    public record Change(long revision, long briefingId, List<EntryChange> entries, String status, Long version) {
    }

    /** 404 unless staff may see the briefing (every briefing, drafts included). */
    public void requireVisible(long briefingId) {
        briefings.find(briefingId, DESK);
    }

    /** Up to {@code limit} revisions of the briefing after {@code afterRev} and up to {@code uptoRev}, oldest first. */
    @Transactional
    public List<LiveEvent> since(long briefingId, long afterRev, long uptoRev, int limit) {
        Map<Long, List<RevisionLog.Touch>> byRevision = new LinkedHashMap<>();
        for (RevisionLog.Touch touch : revisions.touches(briefingId, afterRev, uptoRev, limit * 4)) {
            byRevision.computeIfAbsent(touch.revision(), rev -> new ArrayList<>()).add(touch);
        }
        List<LiveEvent> events = new ArrayList<>();
        for (Map.Entry<Long, List<RevisionLog.Touch>> revision : byRevision.entrySet()) {
            if (events.size() == limit) {
                break;
            }
            events.add(render(briefingId, revision.getKey(), revision.getValue()));
        }
        return events;
    }

    /** Committed revisions after {@code afterRev}, in order: the tail the desk broadcaster follows. */
    @Transactional
    public List<Long> committedAfter(long afterRev, int limit) {
        return revisions.committedAfter(afterRev, limit);
    }

    /** The latest committed revision, or 0. */
    @Transactional
    public long latestRevision() {
        return revisions.latestRevision();
    }

    private LiveEvent render(long briefingId, long revision, List<RevisionLog.Touch> touches) {
        List<EntryChange> changed = new ArrayList<>();
        String status = null;
        Long version = null;
        for (RevisionLog.Touch touch : touches) {
            if (!touch.briefingItself()) {
                changed.add(entry(briefingId, touch.id()));
            } else {
                try {
                    LiveBriefing briefing = briefings.find(briefingId, DESK);
                    status = briefing.status().jsonName();
                    version = briefing.version();
                } catch (ProblemException gone) {
                    status = "deleted";
                }
            }
        }
        return new LiveEvent(revision, CHANGED, new Change(revision, briefingId, List.copyOf(changed), status, version));
    }

    private EntryChange entry(long briefingId, long id) {
        try {
            Entry entry = entries.find(briefingId, id, DESK);
            return new EntryChange(id, entry.state().jsonName(), entry.version());
        } catch (ProblemException gone) {
            return new EntryChange(id, null, null);
        }
    }
}
