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

    /**
     * The entry of a public briefing that its permalink shows: a public entry, or the tombstone of a retracted one;
     * empty for a draft, a scheduled entry, an entry of another briefing or one that does not exist.
     */
    Optional<Entry> permalink(long briefingId, long entryId) {
        return find(briefingId, entryId).filter(e -> Visibility.isPublic(e) || Visibility.isTombstone(e));
    }

    /** The published entries just before and just after {@code entry} in the timeline (pinning aside), either may be null. */
    Neighbours neighbours(Entry entry) {
        String base = "select e from Entry e join fetch e.briefing where e.briefing.id = :b and e.state = :published and ";
        Entry older = em.createQuery(base + OLDER + " order by e.timelineAt desc, e.id desc", Entry.class)
                .setParameter("b", entry.briefing().id()).setParameter("published", EntryState.PUBLISHED)
                .setParameter("t", entry.timelineAt()).setParameter("id", entry.id())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        Entry newer = em.createQuery(base + "(e.timelineAt > :t or (e.timelineAt = :t and e.id > :id))"
                        + " order by e.timelineAt asc, e.id asc", Entry.class)
                .setParameter("b", entry.briefing().id()).setParameter("published", EntryState.PUBLISHED)
                .setParameter("t", entry.timelineAt()).setParameter("id", entry.id())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new Neighbours(older, newer);
    }

    /** The entries on either side of one in the timeline. */
    record Neighbours(Entry older, Entry newer) {
    }

    /**
     * The first publication of any entry of the briefing (a retracted one counts: readers saw it), or null before
     * the first: where the coverage starts. Published entries are never deleted and a publication time never moves
     * later, so neither does this.
     */
    java.time.Instant firstPublished(LiveBriefing briefing) {
        return em.createQuery("select min(e.publishedAt) from Entry e where e.briefing.id = :b and e.publishedAt is not null",
                java.time.Instant.class).setParameter("b", briefing.id()).getSingleResult();
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
