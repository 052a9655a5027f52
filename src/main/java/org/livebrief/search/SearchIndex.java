package org.livebrief.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.ChangeLog;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.Syndication;
import org.livebrief.platform.Jobs;
import org.livebrief.platform.ProblemException;

/**
 * The entry index as a whole: its size, rebuilding it from the database (Hibernate Search's mass
 * indexer: purge, then load every entry and index the published ones), and re-indexing one briefing's
 * entries. One rebuild at a time; a second request while one runs is a 409.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Syndication syndication;

    @Inject
    ChangeLog changeLog;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    java.time.Clock clock;

    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public record Rebuilt(long indexed, long millis) {
    }

    /** Documents in the index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long documents() {
        return ReaderGate.search(em, () -> Search.session(em).search(Entry.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    /** Documents in the index, or a failure after {@code timeout}: search readiness ({@link SearchReadiness}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    long count(long timeout, java.util.concurrent.TimeUnit unit) {
        return ReaderGate.search(em, () -> Search.session(em).search(Entry.class).where(f -> f.matchAll())
                .failAfter(timeout, unit).fetchTotalHitCount());
    }

    /**
     * OpenSearch ({@link SearchBackend}): records that this release's analysis ({@code version}) writes the shared
     * index, and says whether another one (or none) was recorded, in which case the caller rebuilds. The row is locked
     * until this transaction ends, so of two nodes of a new release starting at once only the first claims it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimSharedIndex(String version) {
        Object written = em.createNativeQuery("SELECT analysis_version FROM search_index_state WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        if (version.equals(written)) {
            return false;
        }
        em.createNativeQuery("UPDATE search_index_state SET analysis_version = ?1 WHERE id = 1").setParameter(1, version)
                .executeUpdate();
        return true;
    }

    /** Whether a rebuild runs on this node. */
    boolean rebuilding() {
        return rebuilding.get();
    }

    /** Published entries in the database: what the index should hold (before briefing visibility). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long publishedEntries() {
        return syndication.countPublished();
    }

    /**
     * Rebuilds the index and waits for it (a job's thread, never a request's; no transaction is held),
     * reporting entries indexed so far to {@code progress}.
     */
    public Rebuilt rebuild(Jobs.Progress progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw ProblemException.conflict("reindex-running", "The index is being rebuilt already", java.util.Map.of());
        }
        long started = System.nanoTime();
        try {
            progress.total(publishedEntries());
            massIndexer().monitor(new Monitor(progress)).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        } finally {
            rebuilding.set(false);
        }
        Rebuilt rebuilt = new Rebuilt(documents(), (System.nanoTime() - started) / 1_000_000);
        LOG.infof("Search index rebuilt: %d entries in %d ms", rebuilt.indexed(), rebuilt.millis());
        return rebuilt;
    }

    /** Re-indexes the entries of one briefing (its visibility changed); runs in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reindexBriefing(long briefingId) {
        SearchSession session = Search.session(em);
        List<Long> ids = session.search(Entry.class).select(f -> f.id(Long.class))
                .where(f -> f.match().field(EntryBinder.BRIEFING_ID).matching(briefingId))
                .fetchAllHits();
        plan(session, ids);
    }

    /** The entries and briefings the newest changes touched ({@link RecentChanges}); reads only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RecentChanges recentChanges(int limit) {
        return RecentChanges.walk(atMost -> changeLog.newestFirst(atMost, RecentChanges.PAGE).stream()
                .map(c -> new RecentChanges.Touch(c.seq(), c.entryId(), c.briefingId(),
                        c.kind() == Change.Kind.BRIEFING_STATUS_CHANGED, c.occurredAt()))
                .toList(), RecentChanges.WINDOW, limit);
    }

    /**
     * Writes these entries' documents again from the database: a published entry as it is now, any other removed
     * (the routing bridge decides), as {@link #reindexBriefing} does. No row is locked: on PostgreSQL, locking a
     * batch of entries at every start-up held up writers and the shared executor that live push runs on (LiveIT
     * lost its events). The price: a correction that commits between this read and this write can be overwritten
     * by the older text until the entry's next change or a rebuild; the window is milliseconds, once per start-up.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reindexEntries(java.util.Collection<Long> ids) {
        SearchSession session = Search.session(em);
        plan(session, ids.stream().sorted().toList());
    }

    /** Changes one round of the change-log indexer writes at most. */
    static final int INDEX_BATCH = 200;
    /** Changes a round reads to find where the cursor may go: past a gap, up to this many wait for it to close. */
    static final int INDEX_SCAN = 2_000;
    /** As the other change-log readers': longer than any transaction lives. */
    static final java.time.Duration GAP_HORIZON = java.time.Duration.ofMinutes(10);

    /**
     * One round of {@link ChangeLogIndexer}: the cursor moved to {@code to}; {@code handled}, the changes whose entries
     * were written (some may lie past {@code to}, beyond a gap); {@code oldest}, when the oldest of them was made (null
     * when none). {@link #HELD} when another node held the cursor.
     */
    public record IndexRound(long to, List<Long> handled, java.time.Instant oldest, boolean more) {

        static final IndexRound HELD = new IndexRound(-1, List.of(), null, false);

        boolean held() {
            return this == HELD;
        }
    }

    /**
     * Writes the documents of the next changes after the index's cursor in the change log (table {@code search_cursor})
     * and waits until the index has taken them; only then moves the cursor. The cursor's row stays locked until this
     * transaction ends, so nodes take turns and the writes for an entry land in the order of its changes (a node that
     * finds it locked leaves the round to the one holding it: {@link IndexRound#HELD}). When the
     * index fails (OpenSearch away), this throws and the cursor stays where it was: the changes are written again by a
     * later round. An entry's document is written from the database as it is now, so writing it twice is harmless.
     * A briefing whose status changed has every entry written again (whether its entries show in search).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public IndexRound indexNext(java.util.Set<Long> indexedPastCursor) {
        // SKIP LOCKED: another node holding the cursor is indexing these changes; waiting for it would only hold a
        // connection until the database's lock timeout (with OpenSearch hanging, that node may hold it 30 s).
        List<?> locked = em.createNativeQuery("SELECT seq FROM search_cursor WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (locked.isEmpty()) {
            return IndexRound.HELD;
        }
        long cursor = ((Number) locked.get(0)).longValue();
        List<Change> after = syndication.changesAfter(cursor, INDEX_SCAN);
        ChangeLog.Round<Change> round = ChangeLog.nextRound(cursor, after, INDEX_SCAN, Change::seq, Change::occurredAt,
                indexedPastCursor, INDEX_BATCH, clock.instant().minus(GAP_HORIZON));
        java.util.Set<Long> entries = new java.util.TreeSet<>();
        java.time.Instant oldest = null;
        for (Change change : round.todo()) {
            if (change.entryId() != null) {
                entries.add(change.entryId());
            }
            if (change.kind() == Change.Kind.BRIEFING_STATUS_CHANGED) {
                entries.addAll(syndication.entryIdsOf(change.briefingId()));
            }
            oldest = oldest == null || change.occurredAt().isBefore(oldest) ? change.occurredAt() : oldest;
        }
        if (!entries.isEmpty()) {
            SearchSession session = Search.session(em);
            session.indexingPlanSynchronizationStrategy(
                    org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy.writeSync());
            plan(session, entries);
            session.indexingPlan().execute();
        }
        if (round.to() > cursor) {
            em.createNativeQuery("UPDATE search_cursor SET seq = ?1 WHERE id = 1").setParameter(1, round.to())
                    .executeUpdate();
        }
        return new IndexRound(round.to(), round.todo().stream().map(Change::seq).toList(), oldest, round.more());
    }

    /**
     * Moves the index's cursor to the newest change: a rebuild of the shared index is about to load every entry as it
     * is now, so the changes before are in it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void cursorToNewest() {
        em.createNativeQuery("UPDATE search_cursor SET seq = ?1 WHERE id = 1").setParameter(1, changeLog.newestSeq())
                .executeUpdate();
    }

    /** How far the change-log indexer is behind: {@code livebrief_changelog_lag_*{consumer="search"}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.livebrief.platform.Metrics.Backlog backlog() {
        long cursor = ((Number) em.createNativeQuery("SELECT seq FROM search_cursor WHERE id = 1").getSingleResult())
                .longValue();
        return syndication.backlogAfter(cursor, clock.instant());
    }

    /** Adds each entry's document to the plan: a published entry as it is now, any other removed (the routing decides). */
    private void plan(SearchSession session, java.util.Collection<Long> ids) {
        for (Long id : ids) {
            java.util.Optional<Entry> entry = syndication.entry(id);
            if (entry.isPresent()) {
                session.indexingPlan().addOrUpdate(entry.get());
            } else {
                session.indexingPlan().purge(Entry.class, id, null);
            }
        }
    }

    /** Hibernate Search's progress, as a job's. */
    private static final class Monitor implements MassIndexingMonitor {
        private final Jobs.Progress progress;
        private final java.util.concurrent.atomic.AtomicLong added = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();

        Monitor(Jobs.Progress progress) {
            this.progress = progress;
        }

        @Override
        public void documentsAdded(long increment) {
            progress.done(added.addAndGet(increment));
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        /** What the indexer will load (every entry; only published ones get a document): the job's total. */
        @Override
        public void addToTotalCount(long count) {
            progress.total(total.addAndGet(count));
        }

        @Override
        public void indexingCompleted() {
        }
    }

    private MassIndexer massIndexer() {
        // Two shared cores: one loading thread keeps rebuilding from starving requests.
        return Search.mapping(emf).scope(Entry.class).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(50)
                .purgeAllOnStart(true);
    }
}
