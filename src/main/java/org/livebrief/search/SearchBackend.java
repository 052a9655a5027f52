package org.livebrief.search;

import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Where the entry index lives. The default is a local Lucene index per server ({@link IndexDirectory}): nothing to set
 * up, and a cluster's nodes each have their own, which never sees the others' writes. With
 * {@code livebrief.search.backend=opensearch} (or {@code LIVEBRIEF_SEARCH_BACKEND}) every node writes to and reads
 * from one OpenSearch (2.x) index through Hibernate Search's Elasticsearch backend:
 * <ul>
 * <li>{@code livebrief.search.hosts} ({@code LIVEBRIEF_SEARCH_HOSTS}): {@code host:port}, comma-separated;
 *     default {@code localhost:9200};</li>
 * <li>{@code livebrief.search.protocol}: {@code http} (default) or {@code https};</li>
 * <li>{@code livebrief.search.username} / {@code livebrief.search.password}: HTTP basic, when the cluster asks.</li>
 * </ul>
 * The analysis runs in Livebrief either way ({@link PreAnalyzed}, {@link OpenSearchAnalysis},
 * {@link OpenSearchQueries}), so OpenSearch needs no plugin. Set when Hibernate builds the persistence unit's settings
 * (a {@link ServiceContributor}, as {@link IndexDirectory}); persistence.xml names the Lucene backend, and WildFly adds
 * its Elasticsearch backend module because jboss-deployment-structure.xml asks for it.
 */
public class SearchBackend implements ServiceContributor {

    static final String OPENSEARCH = "opensearch";

    /** Index settings OpenSearch gets when Hibernate Search creates the index (a classpath resource). */
    static final String INDEX_SETTINGS = "org/livebrief/search/opensearch-index.json";

    /** Is the index in OpenSearch? Read once: the backend is chosen when the persistence unit starts. */
    static boolean openSearch() {
        return Holder.OPENSEARCH_ON;
    }

    private static final class Holder {
        static final boolean OPENSEARCH_ON = OPENSEARCH.equals(backend());
    }

    static String backend() {
        String value = setting("livebrief.search.backend");
        value = value == null ? null : value.strip();
        if (value == null || value.equalsIgnoreCase("lucene")) {
            return "lucene";
        }
        if (value.equalsIgnoreCase(OPENSEARCH)) {
            return OPENSEARCH;
        }
        throw new IllegalStateException("livebrief.search.backend is \"" + value + "\": it must be lucene or opensearch");
    }

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        if (!OPENSEARCH.equals(backend())) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) (Map<?, ?>) registry.getSettings();
        settings.remove("hibernate.search.backend.lucene_version");
        registry.applySetting("hibernate.search.backend.type", "elasticsearch");
        registry.applySetting("hibernate.search.backend.hosts", orDefault(setting("livebrief.search.hosts"), "localhost:9200"));
        registry.applySetting("hibernate.search.backend.protocol", orDefault(setting("livebrief.search.protocol"), "http"));
        String username = setting("livebrief.search.username");
        if (username != null) {
            registry.applySetting("hibernate.search.backend.username", username);
            registry.applySetting("hibernate.search.backend.password", orDefault(setting("livebrief.search.password"), ""));
        }
        registry.applySetting("hibernate.search.backend.analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
        // Index writes follow the change log (ChangeLogIndexer), not each node's commits: none is lost to a node that
        // dies after its commit or to OpenSearch being away.
        registry.applySetting("hibernate.search.indexing.listeners.enabled", "false");
        // A search after a publication should find it within a second: OpenSearch makes new documents visible at its
        // refresh, every second by default, which with the hand-off after commit took 0.6-1.04 s across nodes.
        registry.applySetting("hibernate.search.backend.schema_management.settings_file", INDEX_SETTINGS);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /**
     * A system property, or else the environment variable of the same name (upper case, . and - as _); null when
     * blank. Read before CDI and MicroProfile Config exist (the persistence unit's settings), so read here.
     */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
