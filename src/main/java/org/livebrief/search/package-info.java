/**
 * Full-text search over published entries: the Hibernate Search mapping of
 * {@link org.livebrief.briefing.Entry} (programmatic, {@link org.livebrief.search.SearchMapping}, so the
 * {@code briefing} package carries no search annotations), the analyzers ({@link org.livebrief.search.SearchAnalyzers}:
 * ICU tokenizer and folding, per-language stemming, the cross-script name-key field built on
 * {@link org.livebrief.names.NameKeys}, and the abjad field of consonant skeletons between Arabic script and the
 * others, {@link org.livebrief.search.AbjadKeyFilter}), {@code GET /api/search} and {@code POST /api/search/reindex}
 * ({@link org.livebrief.search.SearchResource}; a query's registered names widened to their entities' other names by
 * the name authority, {@link org.livebrief.search.AuthorityNames}), and keeping the index in step with the database
 * ({@link org.livebrief.search.SearchIndex}, {@link org.livebrief.search.BriefingVisibility},
 * {@link org.livebrief.search.IndexBootstrap}).
 *
 * <p>Invariants: the index is a cache of the database and can always be rebuilt from it; it holds
 * published entries only ({@link org.livebrief.search.PublishedOnly}: publishing adds, correcting
 * re-indexes, retracting deletes); indexing happens after commit (Hibernate Search's automatic indexing
 * runs the indexing plan in the JTA transaction's completion, so a rolled-back change never reaches the
 * index), and the request does not wait for the index writes ({@link org.livebrief.search.IndexFailures}); an
 * index whose count differs from the published entries' is rebuilt at start-up, and otherwise the entries the
 * change log names in the last moments before its newest change are written again ({@link
 * org.livebrief.search.RecentChanges}: what a crash can have lost); the public never sees an entry of a briefing that is not public (indexed flag, and the database
 * checked again for every hit); snippets are HTML-escaped text with only {@code <mark>} added.
 *
 * <p>Runtime: WildFly adds Hibernate Search because persistence.xml names the module
 * ({@code wildfly.jpa.hibernate.search.module}) and the backend ({@code hibernate.search.backend.type=lucene});
 * the WAR depends on the {@code org.apache.lucene} module (jboss-deployment-structure.xml) and carries only
 * lucene-analysis-icu (and ICU4J), so its analyzers are of the same Lucene classes as the backend's.
 * The index lives on local disk ({@link org.livebrief.search.IndexDirectory}); each node has its own. Every search of
 * it goes through {@link org.livebrief.search.ReaderGate}, which lets one search at a time open a new reader, at most
 * once per {@code livebrief.search.refresh-millis}: a search may miss what was indexed in that last moment. With
 * {@code livebrief.search.backend=opensearch} ({@link org.livebrief.search.SearchBackend}) every node uses one
 * OpenSearch index through the Elasticsearch backend's module instead (jboss-deployment-structure.xml adds it): the
 * analysis still runs here, the documents carry its tokens ({@link org.livebrief.search.PreAnalyzed}), OpenSearch only
 * splits them ({@link org.livebrief.search.OpenSearchAnalysis}), and queries are parsed and analyzed here and sent as
 * query JSON ({@link org.livebrief.search.OpenSearchQueries}); which analysis wrote the shared index is recorded in the
 * database ({@code search_index_state}), and {@link org.livebrief.search.IndexBootstrap} never purges it because of a
 * count other nodes' writes may still change. There, index writes follow the change log from a cursor row
 * ({@code search_cursor}, {@link org.livebrief.search.ChangeLogIndexer}) instead of each node's commits, and the cursor
 * moves only once OpenSearch has acknowledged the documents: nothing is lost to a node that dies after its commit or to
 * OpenSearch being away.
 */
package org.livebrief.search;
