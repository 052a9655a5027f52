package org.livebrief.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;

/**
 * Revision history from Envers: what changed in an entry or a briefing, when, and by whom, a page at a time.
 * With {@link RevisionLog} it owns the history tables ({@code revinfo} and the {@code *_aud} tables Envers keeps
 * for the briefing aggregate); other features read them only through these two.
 */
@ApplicationScoped
public class Revisions {

    @PersistenceContext
    EntityManager em;

    /** One revision of one entry: its state after the change, and which fields the change touched. */
    public record EntryRevision(long revision, Instant at, String by, long entryId, String type, String state,
                                String body, boolean keyEvent, boolean pinned, String note, List<String> changed,
                                String headline) {
    }

    /** One revision of a briefing's own settings. */
    public record BriefingRevision(long revision, Instant at, String by, String type, String status, String title,
                                   String summary, boolean fourEyes, String fastLane, List<String> changed) {
    }

    /** One page of a history, and the revision number to continue from (null at the end). */
    public record Page<T>(List<T> items, Long next) {
    }

    /** An entry's revisions after revision {@code after} (0 from the start), oldest first, at most {@code limit}. */
    public Page<EntryRevision> ofEntry(long entryId, long after, int limit) {
        List<Object[]> rows = query(Entry.class, AuditEntity.id().eq(entryId))
                .add(AuditEntity.revisionNumber().gt(after)).addOrder(AuditEntity.revisionNumber().asc())
                .setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        Entry before = after <= 0 || rows.isEmpty() ? null : (Entry) previous(Entry.class, entryId, after + 1);
        List<EntryRevision> revisions = new ArrayList<>();
        for (Object[] row : rows) {
            revisions.add(entryRevision(row, before));
            before = (Entry) row[0];
        }
        return new Page<>(revisions, more ? revisions.get(revisions.size() - 1).revision() : null);
    }

    /**
     * What happened in a briefing before revision {@code before} (null: up to now), newest first, at most
     * {@code limit} revisions of its settings and its entries together.
     */
    public Page<Object> auditTrail(long briefingId, Long before, int limit) {
        long upTo = before == null ? Long.MAX_VALUE : before;
        List<Object[]> entryRows = newestFirst(Entry.class, AuditEntity.relatedId("briefing").eq(briefingId), upTo, limit + 1);
        List<Object[]> briefingRows = newestFirst(LiveBriefing.class, AuditEntity.id().eq(briefingId), upTo, limit + 1);
        List<Object[]> rows = new ArrayList<>(entryRows);
        rows.addAll(briefingRows);
        rows.sort(Comparator.comparingLong((Object[] row) -> ((Revision) row[1]).id()).reversed());
        boolean more = rows.size() > limit;
        rows = more ? rows.subList(0, limit) : rows;
        List<Object> trail = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            Object earlier = earlierInPage(rows, i);
            if (earlier == null && (RevisionType) row[2] != RevisionType.ADD) {
                earlier = previous(row[0] instanceof Entry ? Entry.class : LiveBriefing.class, id(row[0]),
                        ((Revision) row[1]).id());
            }
            trail.add(row[0] instanceof Entry ? entryRevision(row, (Entry) earlier)
                    : briefingRevision(row, (LiveBriefing) earlier));
        }
        Long next = more ? revisionOf(trail.get(trail.size() - 1)) : null;
        return new Page<>(trail, next);
    }

    /** The same entity's next older row within a newest-first page, if the page holds it. */
    private static Object earlierInPage(List<Object[]> rows, int index) {
        Object entity = rows.get(index)[0];
        for (int i = index + 1; i < rows.size(); i++) {
            Object other = rows.get(i)[0];
            if ((other instanceof Entry) == (entity instanceof Entry) && id(other) == id(entity)) {
                return other;
            }
        }
        return null;
    }

    private static long id(Object entity) {
        return entity instanceof Entry e ? e.id() : ((LiveBriefing) entity).id();
    }

    private org.hibernate.envers.query.AuditQuery query(Class<?> type, AuditCriterion criterion) {
        return AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, false, true).add(criterion);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> newestFirst(Class<?> type, AuditCriterion criterion, long beforeRev, int limit) {
        return query(type, criterion).add(AuditEntity.revisionNumber().lt(beforeRev))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
    }

    /** The entity as it was in its newest revision before {@code beforeRev}, or null. */
    private Object previous(Class<?> type, long id, long beforeRev) {
        List<Object[]> rows = newestFirst(type, AuditEntity.id().eq(id), beforeRev, 1);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    private static EntryRevision entryRevision(Object[] row, Entry before) {
        Entry entry = (Entry) row[0];
        Revision revision = (Revision) row[1];
        return new EntryRevision(revision.id(), Instant.ofEpochMilli(revision.timestamp()), revision.username(),
                entry.id(), type((RevisionType) row[2]), entry.state().jsonName(), entry.body(), entry.keyEvent(),
                entry.pinned(), entry.revisionNote(), changedFields(before, entry), entry.headline());
    }

    private static BriefingRevision briefingRevision(Object[] row, LiveBriefing before) {
        LiveBriefing b = (LiveBriefing) row[0];
        Revision revision = (Revision) row[1];
        return new BriefingRevision(revision.id(), Instant.ofEpochMilli(revision.timestamp()), revision.username(),
                type((RevisionType) row[2]), b.status().jsonName(), b.title(), b.summary(), b.fourEyes(),
                String.join(" ", b.fastLane()), changedFields(before, b));
    }

    private static List<String> changedFields(Entry before, Entry after) {
        if (before == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        addIf(changed, "state", before.state(), after.state());
        addIf(changed, "body", before.body(), after.body());
        addIf(changed, "headline", before.headline(), after.headline());
        addIf(changed, "keyEvent", before.keyEvent(), after.keyEvent());
        addIf(changed, "pinned", before.pinned(), after.pinned());
        addIf(changed, "publishAt", before.publishAt(), after.publishAt());
        addIf(changed, "approvedBy", before.approvedBy(), after.approvedBy());
        return changed;
    }

    private static List<String> changedFields(LiveBriefing before, LiveBriefing after) {
        if (before == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        addIf(changed, "status", before.status(), after.status());
        addIf(changed, "title", before.title(), after.title());
        addIf(changed, "summary", before.summary(), after.summary());
        addIf(changed, "timeZone", before.timeZone(), after.timeZone());
        addIf(changed, "fourEyes", before.fourEyes(), after.fourEyes());
        addIf(changed, "fastLane", before.fastLane(), after.fastLane());
        addIf(changed, "translationGroup", before.translationGroup(), after.translationGroup());
        return changed;
    }

    private static void addIf(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String type(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }

    private static long revisionOf(Object revision) {
        return revision instanceof EntryRevision e ? e.revision() : ((BriefingRevision) revision).revision();
    }
}
