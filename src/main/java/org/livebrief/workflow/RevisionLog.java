package org.livebrief.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The revision history as a sequence, for followers such as the desk stream: which revisions committed after
 * a number, and what each touched in a briefing. Envers numbers one revision per committed transaction that
 * changed audited content; {@link Revisions} reads what the revisions contain.
 */
@ApplicationScoped
public class RevisionLog {

    @PersistenceContext
    EntityManager em;

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
        return revs.stream().map(RevisionLog::number).toList();
    }

    /** The latest committed revision, or 0. */
    public long latestRevision() {
        Object max = em.createNativeQuery("select max(rev) from revinfo").getSingleResult();
        return max == null ? 0 : number(max);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
