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

    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public record Rebuilt(long indexed, long millis) {
    }

    /** Documents in the index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long documents() {
        return Search.session(em).search(Entry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Documents in the index, or a failure after {@code timeout}: search readiness ({@link SearchReadiness}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    long count(long timeout, java.util.concurrent.TimeUnit unit) {
        return Search.session(em).search(Entry.class).where(f -> f.matchAll()).failAfter(timeout, unit)
                .fetchTotalHitCount();
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
        for (Long id : ids) {
            java.util.Optional<Entry> entry = syndication.entry(id);
            if (entry.isPresent()) {
                session.indexingPlan().addOrUpdate(entry.get());
            } else {
                session.indexingPlan().purge(Entry.class, id, null);
            }
        }
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
        for (Long id : ids.stream().sorted().toList()) {
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
