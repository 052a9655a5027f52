package org.livebrief.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start-up: an index that does not hold as many documents as there are published entries is rebuilt in the
 * background: an empty one (first deploy over existing data, the index folder deleted), and one that lost the writes
 * of its last second in a crash (they follow commits and reach the disk every second, {@link IndexFailures}) or
 * missed some while the disk was full. The application serves meanwhile; search answers with what is indexed so far.
 * A lost re-index of a corrected entry leaves the count equal; an admin's rebuild repairs that.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class IndexBootstrap {

    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);

    @Inject
    SearchIndex index;

    @PostConstruct
    void checkIndex() {
        long published = index.publishedEntries();
        long documents = index.documents();
        LOG.debugf("Search index at %s: %d documents, %d published entries", IndexDirectory.root(), documents, published);
        if (documents != published) {
            LOG.infof("The search index holds %d documents but %d entries are published: rebuilding it", documents, published);
            index.rebuildInBackground();
        }
    }
}
