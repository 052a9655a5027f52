package org.livebrief.search;

import java.nio.file.Path;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Puts the Lucene index under the data directory: {@code livebrief.search.index-dir} if set, else
 * {@code ${livebrief.data.dir}/search-index}, else {@code ${jboss.server.data.dir}/livebrief/search-index}
 * (the H2 database's folder when H2 is used). WildFly does not resolve expressions in persistence.xml
 * ({@code spec-descriptor-property-replacement} is off), so the path is set here, when Hibernate builds
 * the persistence unit's settings (a {@link ServiceContributor}, registered in META-INF/services). A
 * {@code hibernate.search.backend.directory.root} in persistence.xml would win. It also sets the reader's
 * {@code refresh_interval} that {@link ReaderGate} needs.
 */
public class IndexDirectory implements ServiceContributor {

    static final String ROOT = "hibernate.search.backend.directory.root";
    static final String REFRESH_INTERVAL = "hibernate.search.backend.io.refresh_interval";

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        // The OpenSearch backend has no directory (SearchBackend).
        if (SearchBackend.openSearch()) {
            return;
        }
        if (!registry.getSettings().containsKey(ROOT)) {
            registry.applySetting(ROOT, root().toString());
        }
        // Searches refresh the reader through ReaderGate, which needs Hibernate Search to keep it meanwhile.
        if (ReaderGate.LOCAL.on() && !registry.getSettings().containsKey(REFRESH_INTERVAL)) {
            registry.applySetting(REFRESH_INTERVAL, Long.toString(ReaderGate.HIBERNATE_SEARCH_MILLIS));
        }
    }

    static Path root() {
        String explicit = SearchBackend.setting("livebrief.search.index-dir");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String dataDir = SearchBackend.setting("livebrief.data.dir");
        if (dataDir != null) {
            return Path.of(dataDir, "search-index");
        }
        String serverData = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(serverData, "livebrief", "search-index");
    }
}
