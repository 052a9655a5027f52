package org.livebrief.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

/**
 * The staff side of live push: every committed change of a briefing and its entries, drafts included,
 * read from the revision history (Envers: one {@code revinfo} row per committed transaction). The event id
 * is the revision number. Each event says what a desk needs to refresh and act (entry id, state, version,
 * as they are now), never the body: the desk loads that through the API like any other read.
 */
@ApplicationScoped
public class DeskEvents {

    static final String CHANGED = "desk-changed";
    private static final Caller DESK = new Caller(null, true, false, false);

    @PersistenceContext
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select rev, 0, id from briefing_entry_aud where briefing_id = ?1 and rev > ?2 and rev <= ?3
                        union all
                        select rev, 1, id from live_briefing_aud where id = ?1 and rev > ?2 and rev <= ?3
                        order by 1, 2, 3""")
                .setParameter(1, briefingId).setParameter(2, afterRev).setParameter(3, uptoRev)
                .setMaxResults(limit * 4).getResultList();
        Map<Long, List<Object[]>> byRevision = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byRevision.computeIfAbsent(number(row[0]), rev -> new ArrayList<>()).add(row);
        }
        List<LiveEvent> events = new ArrayList<>();
        for (Map.Entry<Long, List<Object[]>> revision : byRevision.entrySet()) {
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
        @SuppressWarnings("unchecked")
        List<Object> revs = em.createNativeQuery("select rev from revinfo where rev > ?1 order by rev")
                .setParameter(1, afterRev).setMaxResults(limit).getResultList();
        return revs.stream().map(DeskEvents::number).toList();
    }

    /** The latest committed revision, or 0. */
    @Transactional
    public long latestRevision() {
        Object max = em.createNativeQuery("select max(rev) from revinfo").getSingleResult();
        return max == null ? 0 : number(max);
    }

    private LiveEvent render(long briefingId, long revision, List<Object[]> rows) {
        List<EntryChange> changed = new ArrayList<>();
        String status = null;
        Long version = null;
        for (Object[] row : rows) {
            long id = number(row[2]);
            if (number(row[1]) == 0) {
                changed.add(entry(briefingId, id));
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

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
