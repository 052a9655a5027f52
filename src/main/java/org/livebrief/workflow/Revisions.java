package org.livebrief.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;

/**
 * Revision history from Envers: what changed in an entry or a briefing, when, and by whom. This class owns
 * the history tables ({@code revinfo} and the {@code *_aud} tables Envers keeps for the briefing aggregate);
 * other features read them only through it.
 */
@ApplicationScoped
public class Revisions {

    @PersistenceContext
    EntityManager em;

    /** One revision of one entry: its state after the change, and which fields the change touched. */
    public record EntryRevision(long revision, Instant at, String by, long entryId, String type, String state,
                                String body, boolean keyEvent, boolean pinned, String note, List<String> changed) {
    }

    /** One revision of a briefing's own settings. */
    public record BriefingRevision(long revision, Instant at, String by, String type, String status, String title,
                                   String summary, boolean fourEyes, String fastLane, List<String> changed) {
    }

    /** What one committed revision touched in a briefing: its own settings, or the entry {@code id}. */
    public record Touch(long revision, boolean briefingItself, long id) {
    }

    /**
     * What the revisions after {@code afterRev} and up to {@code uptoRev} touched in the briefing, in revision
     * order (within a revision entries first, by id); at most {@code limit} rows.
     */
    public List<Touch> touches(long briefingId, long afterRev, long uptoRev, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select rev, 0, id from briefing_entry_aud where briefing_id = ?1 and rev > ?2 and rev <= ?3
                        union all
                        select rev, 1, id from live_briefing_aud where id = ?1 and rev > ?2 and rev <= ?3
                        order by 1, 2, 3""")
                .setParameter(1, briefingId).setParameter(2, afterRev).setParameter(3, uptoRev)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Touch(number(row[0]), number(row[1]) == 1, number(row[2]))).toList();
    }

    /** Committed revisions after {@code afterRev}, in order. */
    public List<Long> committedAfter(long afterRev, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> revs = em.createNativeQuery("select rev from revinfo where rev > ?1 order by rev")
                .setParameter(1, afterRev).setMaxResults(limit).getResultList();
        return revs.stream().map(Revisions::number).toList();
    }

    /** The latest committed revision, or 0. */
    public long latestRevision() {
        Object max = em.createNativeQuery("select max(rev) from revinfo").getSingleResult();
        return max == null ? 0 : number(max);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** An entry's revisions, oldest first. */
    public List<EntryRevision> ofEntry(long entryId) {
        return entryRevisions(AuditEntity.id().eq(entryId));
    }

    /** Everything that happened in a briefing, newest first: its settings and all its entries. */
    public List<Object> auditTrail(long briefingId) {
        List<Object> trail = new ArrayList<>(entryRevisions(AuditEntity.relatedId("briefing").eq(briefingId)));
        trail.addAll(briefingRevisions(briefingId));
        trail.sort(Comparator.comparingLong(Revisions::revisionOf).reversed());
        return trail;
    }

    private List<EntryRevision> entryRevisions(org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Entry.class, false, true)
                .add(criterion).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, Entry> previous = new LinkedHashMap<>();
        List<EntryRevision> revisions = new ArrayList<>();
        for (Object[] row : rows) {
            Entry entry = (Entry) row[0];
            Revision revision = (Revision) row[1];
            Entry before = previous.put(entry.id(), entry);
            revisions.add(new EntryRevision(revision.id(), Instant.ofEpochMilli(revision.timestamp()), revision.username(),
                    entry.id(), type((RevisionType) row[2]), entry.state().jsonName(), entry.body(), entry.keyEvent(),
                    entry.pinned(), entry.revisionNote(), changedFields(before, entry)));
        }
        return revisions;
    }

    private List<BriefingRevision> briefingRevisions(long briefingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(LiveBriefing.class, false, true)
                .add(AuditEntity.id().eq(briefingId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<BriefingRevision> revisions = new ArrayList<>();
        LiveBriefing before = null;
        for (Object[] row : rows) {
            LiveBriefing b = (LiveBriefing) row[0];
            Revision revision = (Revision) row[1];
            revisions.add(new BriefingRevision(revision.id(), Instant.ofEpochMilli(revision.timestamp()),
                    revision.username(), type((RevisionType) row[2]), b.status().jsonName(), b.title(), b.summary(),
                    b.fourEyes(), String.join(" ", b.fastLane()), changedFields(before, b)));
            before = b;
        }
        return revisions;
    }

    private static List<String> changedFields(Entry before, Entry after) {
        if (before == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        addIf(changed, "state", before.state(), after.state());
        addIf(changed, "body", before.body(), after.body());
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
