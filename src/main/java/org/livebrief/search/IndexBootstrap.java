package org.livebrief.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.logging.Logger;
import org.livebrief.platform.Threads;

/**
 * At start-up, the index is checked against the database, in two steps:
 * <ul>
 * <li>an index that does not hold as many documents as there are published entries is rebuilt in the background:
 * an empty one (first deploy over existing data, the index folder deleted), and one that lost the writes of new
 * entries in a crash (they follow commits and reach the disk every second, {@link IndexFailures}) or missed some
 * while the disk was full;</li>
 * <li>an index written by analyzers of another version ({@link #ANALYSIS_VERSION}, recorded in the file
 * {@code analysis-version} beside it) is rebuilt in the background, so an upgrade that reads words differently
 * never leaves old documents unfindable;</li>
 * <li>otherwise the entries that the changes of the last moments before the newest change touched are written
 * again ({@link RecentChanges}), in the background: a correction or a retraction whose index write a crash lost
 * leaves the count equal, and readers would find the old text.</li>
 * </ul>
 * The application serves meanwhile; search answers with what is indexed so far. A correction whose index write
 * failed for another reason (a full disk, long before the last change) is logged when it fails; an admin's rebuild
 * ({@code POST /api/search/reindex}) repairs that.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    /** More entries than this changed in the window: a rebuild is cheaper than one re-index each. */
    static final int MAX_REPAIR = 20_000;
    private static final int BATCH = 200;

    @Inject
    SearchIndex index;

    @Inject
    Threads threads;

    /**
     * What the analyzers write into the index: change it whenever an analyzer or the name keys it is built on
     * ({@code names.Folding}, {@code Convention}, {@code NameKeys}) would index a word differently, so that a
     * server upgraded over an index written the old way rebuilds it instead of missing matches. With OpenSearch
     * it is stored in {@code search_index_state.analysis_version} (at most {@link #MAX_VERSION_LENGTH}
     * characters), so keep it short: the history belongs here. Stop 14: abjad field, Armenian BGN, ё/ьо/ў, ə, final
     * ë, Romanian ch; stop 22: Latin đ as ђ; stop 23: Belarusian case forms, every letter folds, ž š č as symbols,
     * Uzbek oʻ, Bulgarian ъ, Turkic readings; stop 28: Cyrillic words also as their nominatives ({@code
     * names.SlavicCases}, the reader tagging uses), not as stems; Latin c before a, o, u also as к.
     */
    static final String ANALYSIS_VERSION = "2026-12-08 stop 28: case forms read as nominatives (names.SlavicCases), hard c";
    /** The column {@code search_index_state.analysis_version} (V46) holds this many characters. */
    static final int MAX_VERSION_LENGTH = 200;
    static final String VERSION_FILE = "analysis-version";

    @Inject
    org.livebrief.platform.Jobs jobs;

    /** Who starts the rebuilds of start-up, as {@code GET /api/jobs} shows them. */
    static final org.livebrief.platform.Caller START_UP = new org.livebrief.platform.Caller("(start-up)", false, false, false);

    /**
     * A rebuild in the background as a job of the kind an admin starts ({@code reindex}): its progress is at
     * {@code GET /api/jobs}, and an admin's {@code POST /api/search/reindex} meanwhile answers this job.
     */
    private void rebuild() {
        jobs.start("reindex", START_UP, index::rebuild);
    }

    @PostConstruct
    void checkIndex() {
        long published = index.publishedEntries();
        long documents = index.documents();
        LOG.debugf("Search index at %s: %d documents, %d published entries", IndexDirectory.root(), documents, published);
        if (SearchBackend.openSearch()) {
            checkSharedIndex(published, documents);
            return;
        }
        String written = writtenVersion(IndexDirectory.root());
        if (!ANALYSIS_VERSION.equals(written)) {
            if (documents > 0 || published > 0) {
                LOG.infof("The search index was written by other analyzers (%s): rebuilding it", written == null ? "before versions were recorded" : written);
                rebuild();
            }
            recordVersion(IndexDirectory.root());
        } else if (documents != published) {
            LOG.infof("The search index holds %d documents but %d entries are published: rebuilding it", documents, published);
            rebuild();
        } else {
            threads.execute(Threads.Pool.WORK, this::repairRecent);
        }
    }

    /**
     * The index on OpenSearch, which every node shares: its analysis version is in the database
     * ({@link SearchIndex#claimSharedIndex}), and a count that differs from the published entries is no reason to
     * rebuild it (purging it first) while other nodes may be writing to it: their writes after commit are still on
     * their way. Rebuilt when another analysis wrote it, or when it is empty and entries are published (a new
     * OpenSearch, or a lost one), after moving the change-log indexer's cursor to the newest change. Nothing else is
     * repaired at start: the index follows the change log from a cursor ({@link ChangeLogIndexer}), so no write is lost
     * to a crash.
     */
    private void checkSharedIndex(long published, long documents) {
        if (index.claimSharedIndex(ANALYSIS_VERSION)) {
            if (documents > 0 || published > 0) {
                LOG.infof("The shared search index was written by other analyzers, or none recorded: rebuilding it");
                index.cursorToNewest();
                rebuild();
            }
            return;
        }
        if (documents == 0 && published > 0) {
            LOG.infof("The shared search index is empty but %d entries are published: rebuilding it", published);
            index.cursorToNewest();
            rebuild();
            return;
        }
        if (documents != published) {
            LOG.infof("The shared search index holds %d documents and %d entries are published (changes may still be on "
                    + "their way from the change log; POST /api/search/reindex rebuilds it)", documents, published);
        }
    }

    /** The analysis version the index was written with, or null when none is recorded. */
    static String writtenVersion(Path root) {
        try {
            Path file = root.resolve(VERSION_FILE);
            return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            LOG.warnf("Cannot read %s: %s", root.resolve(VERSION_FILE), e.getMessage());
            return null;
        }
    }

    /**
     * Records {@link #ANALYSIS_VERSION} beside the index. Recorded when the rebuild starts: a rebuild cut short
     * leaves fewer documents than published entries, which the next start rebuilds anyway.
     */
    static void recordVersion(Path root) {
        try {
            Files.createDirectories(root);
            Path temporary = root.resolve(VERSION_FILE + ".tmp");
            Files.writeString(temporary, ANALYSIS_VERSION + "\n");
            Files.move(temporary, root.resolve(VERSION_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warnf("Cannot record the search analysis version in %s: %s (the index is rebuilt at every start until it can)",
                    root, e.getMessage());
        }
    }

    /** Writes again what the newest changes touched; never throws (a failure is logged with the way to repair). */
    void repairRecent() {
        try {
            long started = System.nanoTime();
            RecentChanges recent = index.recentChanges(MAX_REPAIR);
            if (recent.overflow()) {
                LOG.infof("More than %d entries changed in the %d minutes before the newest change: rebuilding the "
                        + "search index", MAX_REPAIR, RecentChanges.WINDOW.toMinutes());
                rebuild();
                return;
            }
            recent.briefings().forEach(index::reindexBriefing);
            List<Long> ids = List.copyOf(recent.entries());
            for (int from = 0; from < ids.size(); from += BATCH) {
                index.reindexEntries(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            }
            if (ids.isEmpty() && recent.briefings().isEmpty()) {
                return;
            }
            LOG.infof("Search index: wrote again %d entries and the entries of %d briefings that changed in the %d "
                    + "minutes before the newest change (a crash may have lost their index writes), in %d ms",
                    ids.size(), recent.briefings().size(), RecentChanges.WINDOW.toMinutes(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Search index: writing the newest changes again failed; POST /api/search/reindex repairs it");
        }
    }
}
