package org.livebrief.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start-up: an empty index over a database with published entries (first deploy over existing data,
 * or the index folder deleted) is rebuilt in the background. The application serves meanwhile; search
 * answers with what is indexed so far.
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
        if (documents == 0 && published > 0) {
            LOG.infof("The search index is empty but %d entries are published: rebuilding it", published);
            index.rebuildInBackground();
        }
    }
}
