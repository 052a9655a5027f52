package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The transactional outbox. {@link #append} joins the caller's transaction, so a change is logged if
 * and only if it commits. It also fires the {@link Change} as a CDI event: observers that talk to the
 * outside world must use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, and must treat the
 * log, not the event, as the truth (an event can be lost in a crash; the row cannot).
 */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Change> changes;

    /**
     * Appends a change of {@code briefing}. The briefing's row is locked first (a no-op when the caller's
     * update already holds it), so the next seq is taken only by the one transaction that holds the lock until
     * it commits: within a briefing, changes commit in seq order, whatever the caller did before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change append(LiveBriefing briefing, Entry entry, Change.Kind kind) {
        em.lock(briefing, LockModeType.PESSIMISTIC_WRITE);
        em.createNativeQuery("UPDATE live_briefing SET changes = changes + 1 WHERE id = ?1")
                .setParameter(1, briefing.id()).executeUpdate();
        Change change = new Change(briefing.id(), entry == null ? null : entry.id(), kind, LiveBriefing.now(clock));
        em.persist(change);
        changes.fire(change);
        return change;
    }

    /**
     * Appends a change of {@code entry} in {@code briefing} as the last write of the caller's transaction, and touches
     * the briefing ({@code updated_at}) there: the briefing's row lock, which orders its changes
     * ({@link #append}), is then held only for the briefing's update, the change-log insert, what {@code logged}
     * writes with the change's seq, and the commit, instead of from the caller's first touch through every later
     * statement of the transaction (Envers writes its revision and audit rows before completion, after the caller
     * has returned: on PostgreSQL under load each of those round trips waits for a CPU while every other publisher
     * of the briefing waits for the lock; docs/benchmarks.md, "Stop 27").
     *
     * <p>It is a Hibernate before-completion process registered after the caller's writes have been flushed, so it
     * runs after Envers' (registered at the transaction's first audited write) and after the final flush. The
     * {@link Change} event is fired now, with the seq still unknown: its observers all run after a successful commit
     * ({@code TransactionPhase.AFTER_SUCCESS}), when the seq has been given; the CDI container could not register
     * them from inside the transaction's completion.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAtCommit(LiveBriefing briefing, Entry entry, Change.Kind kind, Consumer<Change> logged) {
        em.flush();
        Change change = new Change(briefing.id(), entry.id(), kind, LiveBriefing.now(clock));
        changes.fire(change);
        em.unwrap(SessionImplementor.class).getActionQueue().registerProcess((BeforeTransactionCompletionProcess) session -> {
            Instant at = LiveBriefing.now(clock);
            session.createNativeMutationQuery("UPDATE live_briefing SET updated_at = :at, changes = changes + 1 WHERE id = :id")
                    .setParameter("at", at).setParameter("id", briefing.id()).executeUpdate();
            change.occurredAt(at);
            session.persist(change);
            logged.accept(change);
            briefing.touched(at);
        });
    }

    /**
     * How far a reader of the whole log ({@link Syndication#changesAfter}) may move its cursor past {@code after}
     * (changes after {@code cursor}, oldest first): over every change without a gap before it, and over gaps that can no
     * longer fill, those before changes made before {@code gapsClosedBefore}. A gap is a seq taken by a transaction
     * that has not committed yet (or rolled back): a cursor that passed it would miss the change should it commit.
     */
    public static long contiguousUpTo(long cursor, List<Change> after, java.time.Instant gapsClosedBefore) {
        return contiguousUpTo(cursor, after, Change::seq, Change::occurredAt, gapsClosedBefore);
    }

    /** {@link #contiguousUpTo(long, List, java.time.Instant)} over positions read some other way. */
    public static <T> long contiguousUpTo(long cursor, List<T> after, java.util.function.ToLongFunction<T> seq,
                                          java.util.function.Function<T, java.time.Instant> madeAt,
                                          java.time.Instant gapsClosedBefore) {
        long next = cursor;
        for (T position : after) {
            long number = seq.applyAsLong(position);
            if (number != next + 1 && !madeAt.apply(position).isBefore(gapsClosedBefore)) {
                break;
            }
            next = number;
        }
        return next;
    }

    /**
     * One round of a reader that handles at most {@code batch} changes at a time: {@code todo}, the changes to handle
     * now, and {@code to}, where the cursor may move once they are handled.
     *
     * @param <T> a change-log position as the reader reads it
     */
    public record Round<T>(List<T> todo, long to, boolean more) {
    }

    /**
     * The next round over {@code after} (changes after {@code cursor}, oldest first, at most {@code scanned} read):
     * the first {@code batch} changes not in {@code donePastCursor} (handled in an earlier round past a gap the cursor
     * waits at), and how far the cursor may then move: as {@link #contiguousUpTo}, but never past a change this round
     * leaves for the next. (The CDN purger moved over every change it had read, 2,000, after purging 200 of them: a
     * backlog of more than 200 changes, after a CDN outage, lost the purges of the rest.) {@code more}: a round
     * should follow at once.
     */
    public static <T> Round<T> nextRound(long cursor, List<T> after, int scanned, java.util.function.ToLongFunction<T> seq,
                                         java.util.function.Function<T, java.time.Instant> madeAt,
                                         java.util.Set<Long> donePastCursor, int batch, java.time.Instant gapsClosedBefore) {
        List<T> todo = new java.util.ArrayList<>();
        int end = after.size();
        for (int i = 0; i < after.size(); i++) {
            if (donePastCursor.contains(seq.applyAsLong(after.get(i)))) {
                continue;
            }
            if (todo.size() == batch) {
                end = i;
                break;
            }
            todo.add(after.get(i));
        }
        long to = contiguousUpTo(cursor, after.subList(0, end), seq, madeAt, gapsClosedBefore);
        boolean more = end < after.size() || (after.size() == scanned && to > cursor);
        return new Round<>(List.copyOf(todo), to, more);
    }

    /** Changes of one briefing after {@code afterSeq}, oldest first. */
    public List<Change> since(long briefingId, long afterSeq, int limit) {
        return em.createQuery("select c from Change c where c.briefingId = :b and c.seq > :s order by c.seq", Change.class)
                .setParameter("b", briefingId).setParameter("s", afterSeq).setMaxResults(limit).getResultList();
    }

    /**
     * A number that grows with every committed change of any briefing: the version of caches that span
     * briefings. Across briefings seqs may commit out of order (a lower seq after a higher one), so the newest
     * seq alone would miss the late one; each briefing's count of changes ({@code live_briefing.changes}, raised in
     * the change's own transaction) counts it. One row per briefing is read, not the whole log.
     */
    public long version() {
        return version(em.createQuery("select count(b), sum(b.changes) from LiveBriefing b", Object[].class)
                .getSingleResult());
    }

    /**
     * Folds {@code [briefings, changes]} of a set of briefings into one number. Briefings are never deleted and
     * both parts only grow, so the value strictly increases with every commit that adds a change to the set.
     */
    static long version(Object[] briefingsAndChanges) {
        long count = briefingsAndChanges[0] == null ? 0 : ((Number) briefingsAndChanges[0]).longValue();
        long changes = briefingsAndChanges[1] == null ? 0 : ((Number) briefingsAndChanges[1]).longValue();
        return Math.addExact(Math.multiplyExact(count, 1_000_003L), changes);
    }

    /** Changes of every briefing with a seq of at most {@code atMostSeq}, newest first: a page of a walk back. */
    public List<Change> newestFirst(long atMostSeq, int limit) {
        return em.createQuery("select c from Change c where c.seq <= :s order by c.seq desc", Change.class)
                .setParameter("s", atMostSeq).setMaxResults(limit).getResultList();
    }

    /** Is {@code seq} the number of a change of this briefing? */
    public boolean isSeqOf(long briefingId, long seq) {
        return !em.createQuery("select c.seq from Change c where c.seq = :s and c.briefingId = :b", Long.class)
                .setParameter("s", seq).setParameter("b", briefingId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The newest seq in the whole log, or 0 when it is empty. */
    public long newestSeq() {
        Long newest = em.createQuery("select max(c.seq) from Change c", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** The sequence of the briefing's latest change, or 0 when it has none: where a new reader starts following. */
    public long latestSeq(long briefingId) {
        Long latest = em.createQuery("select max(c.seq) from Change c where c.briefingId = :b", Long.class)
                .setParameter("b", briefingId).getSingleResult();
        return latest == null ? 0 : latest;
    }

    /** The latest sequence of each of these briefings that has any change. */
    public Map<Long, Long> latestSeqs(Collection<Long> briefingIds) {
        Map<Long, Long> latest = new HashMap<>();
        em.createQuery("select c.briefingId, max(c.seq) from Change c where c.briefingId in :ids group by c.briefingId",
                        Object[].class)
                .setParameter("ids", briefingIds).getResultList()
                .forEach(row -> latest.put((Long) row[0], (Long) row[1]));
        return latest;
    }
}
