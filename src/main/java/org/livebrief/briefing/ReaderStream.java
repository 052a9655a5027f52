package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.livebrief.platform.ProblemException;

/**
 * A public briefing's stream as its reader page shows it: published entries and, when the newsroom shows
 * notices for retractions, the tombstones of retracted ones in the places they had. A tombstone is never
 * pinned here, whatever its flag says: it stands where the update was published, not at the top.
 */
@ApplicationScoped
public class ReaderStream {

    /** Pinned in the reader's sense: a published entry with the flag. */
    private static final String PINNED = "(e.pinned = true and e.state = :published)";
    private static final String OLDER = "(e.timelineAt < :t or (e.timelineAt = :t and e.id < :id))";

    @PersistenceContext
    EntityManager em;

    /**
     * Pinned entries first, then newest first, {@code limit} to a page, older than the entry {@code beforeId}
     * (which may itself be a tombstone); the caller has checked that the briefing is public.
     */
    Entries.Page page(LiveBriefing briefing, Long beforeId, int limit, boolean withTombstones) {
        String visible = withTombstones
                ? " and (e.state = :published or (e.state = :retracted and e.publishedAt is not null))"
                : " and e.state = :published";
        Entry cursor = beforeId == null ? null : shown(briefing.id(), beforeId, withTombstones)
                .orElseThrow(() -> ProblemException.notFound("Entry", beforeId));
        String after = "";
        if (cursor != null) {
            after = pinnedHere(cursor) ? " and (not " + PINNED + " or " + OLDER + ")" : " and not " + PINNED + " and " + OLDER;
        }
        TypedQuery<Entry> query = em.createQuery("select e from Entry e join fetch e.briefing where e.briefing.id = :b"
                        + visible + after + " order by case when " + PINNED + " then 1 else 0 end desc, e.timelineAt desc, e.id desc",
                        Entry.class)
                .setParameter("b", briefing.id()).setParameter("published", EntryState.PUBLISHED)
                .setMaxResults(limit + 1);
        if (withTombstones) {
            query.setParameter("retracted", EntryState.RETRACTED);
        }
        if (cursor != null) {
            query.setParameter("t", cursor.timelineAt()).setParameter("id", cursor.id());
        }
        List<Entry> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Entry> items = more ? rows.subList(0, limit) : rows;
        return new Entries.Page(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
    }

    /** The tombstone of a retracted entry that readers saw once, while its briefing is public. */
    public Optional<Entry> tombstone(long briefingId, long entryId) {
        return find(briefingId, entryId).filter(Visibility::isTombstone);
    }

    static boolean pinnedHere(Entry entry) {
        return entry.pinned() && entry.state() == EntryState.PUBLISHED;
    }

    private Optional<Entry> shown(long briefingId, long entryId, boolean withTombstones) {
        return find(briefingId, entryId).filter(e -> Visibility.isPublic(e) || withTombstones && Visibility.isTombstone(e));
    }

    private Optional<Entry> find(long briefingId, long entryId) {
        return em.createQuery("select e from Entry e join fetch e.briefing where e.id = :id and e.briefing.id = :b", Entry.class)
                .setParameter("id", entryId).setParameter("b", briefingId).getResultStream().findFirst();
    }
}
