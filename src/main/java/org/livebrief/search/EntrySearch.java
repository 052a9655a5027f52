package org.livebrief.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Entry;

/**
 * Full-text search over the published entries of public briefings. The query runs against the
 * ordinary-word field of every language (boosted: an exact word beats a name-key match), the
 * cross-script {@code names} field and the {@code abjad} field (Arabic script against the others, weighted
 * down); every word of the query must match in one of them. A name the authority knows also matches as any other name
 * of its entity ({@link AuthorityNames}).
 */
@ApplicationScoped
public class EntrySearch {

    /** Ordinary words count twice a name-key match. */
    static final float TEXT_BOOST = 2.0f;
    /** A consonant skeleton between Arabic script and the others counts half a name-key match: it says less. */
    static final float ABJAD_BOOST = 0.5f;

    /**
     * The query syntax the public may use. Not prefix ({@code a*}), fuzzy ({@code a~2}), near ({@code "a b"~9})
     * or precedence ({@code (…)}): those make Lucene expand terms or nest without bound, and there they are plain
     * text. With queries of at most {@link SearchResource#MAX_QUERY} characters this keeps every query cheap
     * ({@code bench/hostile/run.sh}).
     */
    static final Set<SimpleQueryFlag> PUBLIC_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE);
    /** The syntax of a query {@link AuthorityNames} wrote: the public one and its one level of groups. */
    static final Set<SimpleQueryFlag> WIDENED_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE,
            SimpleQueryFlag.PRECEDENCE);

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Briefings briefings;

    @jakarta.inject.Inject
    org.livebrief.names.NameDirectory names;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EntrySearch.class);

    /** When the shared search engine stopped answering, while it does not: one log line when it goes, one when back. */
    private static final java.util.concurrent.atomic.AtomicReference<java.time.Instant> ENGINE_DOWN_SINCE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** What to look for: {@code language} and {@code briefing} (an id or a slug) may be null. */
    public record Query(String text, String language, String briefing, int limit) {
    }

    public record Hit(long entryId, long briefingId, String briefingSlug, String language, String snippet, float score) {
    }

    public record Result(long total, List<Hit> hits) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result search(Query query) {
        // The authority's snapshot of at most a second ago: a search asks the database nothing about names.
        String widened = AuthorityNames.widen(query.text(), names.recent());
        boolean precedence = AuthorityNames.widened(query.text(), widened);
        Query effective = new Query(widened, query.language(), query.briefing(), query.limit());
        SearchResult<List<?>> result;
        try {
            result = find(effective, precedence);
        } catch (org.hibernate.search.util.common.SearchException e) {
            if (!SearchBackend.openSearch()) {
                throw e;
            }
            // The shared engine is away (or refused the query): the reader's fault it is not, nor an incident of
            // this server's. One line per episode, not a stack trace per search.
            if (ENGINE_DOWN_SINCE.compareAndSet(null, java.time.Instant.now())) {
                LOG.warnf("Search engine unavailable, searches answer 503 until it is back: %s",
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            throw new org.livebrief.platform.ProblemException(new org.livebrief.platform.Problem("search-unavailable",
                    "Search unavailable", 503, "Search is unavailable for a moment; try again shortly", List.of(),
                    Map.of("retryAfter", 5)));
        }
        java.time.Instant down = ENGINE_DOWN_SINCE.getAndSet(null);
        if (down != null) {
            LOG.infof("Search engine available again after %d s", java.time.Duration.between(down, java.time.Instant.now()).toSeconds());
        }
        return hits(effective, result);
    }

    private SearchResult<List<?>> find(Query query, boolean precedence) {
        var search = Search.session(em).search(Entry.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field(EntryBinder.BRIEFING_ID, Long.class),
                        f.field(EntryBinder.BRIEFING_SLUG, String.class), f.field(EntryBinder.LANGUAGE, String.class),
                        f.field(EntryBinder.BODY, String.class), f.score()).asList())
                .where(f -> predicate(f, query, precedence));
        if (SearchBackend.openSearch()) {
            // An engine that hangs instead of refusing: a 503 after this, not a reader waiting for the client's 30 s
            // read timeout.
            search = search.failAfter(SEARCH_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        }
        var ready = search;
        return ReaderGate.search(em, () -> ready.fetch(query.limit()));
    }

    /** How long a search on OpenSearch may take before it answers 503. */
    static final long SEARCH_TIMEOUT_SECONDS = 5;

    private Result hits(Query query, SearchResult<List<?>> result) {
        Map<String, Boolean> visible = new HashMap<>();
        Map<String, Snippets> snippets = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        long hidden = 0;
        for (List<?> row : result.hits()) {
            String slug = (String) row.get(2);
            // The index says the briefing is public; the database has the last word (a status change that
            // has not reached the index yet).
            if (!visible.computeIfAbsent(slug, s -> briefings.findPublic(s).isPresent())) {
                hidden++;
                continue;
            }
            String language = (String) row.get(3);
            hits.add(new Hit((Long) row.get(0), (Long) row.get(1), slug, language,
                    snippets.computeIfAbsent(language, l -> snippets(query.text(), l)).snippet((String) row.get(4)),
                    (Float) row.get(5)));
        }
        return new Result(result.total().hitCount() - hidden, hits);
    }

    /**
     * {@code precedence}: the text is the query {@link AuthorityNames} rewrote, whose groups are parsed as groups;
     * a reader's own parentheses are plain text.
     */
    private static BooleanPredicateClausesStep<?> predicate(SearchPredicateFactory f, Query query, boolean precedence) {
        BooleanPredicateClausesStep<?> bool = f.bool();
        if (SearchBackend.openSearch()) {
            // Parsed and analyzed here, as the local index's backend does it (OpenSearchQueries).
            bool.must(f.extension(org.hibernate.search.backend.elasticsearch.ElasticsearchExtension.get())
                    .fromJson(OpenSearchQueries.query(query.text(), precedence).toString()));
        } else {
            bool.must(f.simpleQueryString()
                    .fields(SearchAnalyzers.TEXT_FIELDS.toArray(String[]::new)).boost(TEXT_BOOST)
                    .field(EntryBinder.NAMES)
                    .field(EntryBinder.ABJAD).boost(ABJAD_BOOST)
                    .matching(query.text())
                    .defaultOperator(BooleanOperator.AND)
                    .flags(precedence ? WIDENED_SYNTAX : PUBLIC_SYNTAX));
        }
        bool.filter(f.match().field(EntryBinder.BRIEFING_PUBLIC).matching(true));
        if (query.language() != null) {
            bool.filter(f.match().field(EntryBinder.LANGUAGE).matching(query.language()));
        }
        if (query.briefing() != null) {
            var briefing = f.bool().should(f.match().field(EntryBinder.BRIEFING_SLUG).matching(query.briefing()));
            if (query.briefing().matches("\\d{1,18}")) {
                briefing.should(f.match().field(EntryBinder.BRIEFING_ID).matching(Long.parseLong(query.briefing())));
            }
            bool.filter(briefing);
        }
        return bool;
    }

    private Snippets snippets(String query, String language) {
        Analyzer text = PreAnalyzed.analyzer(SearchAnalyzers.analyzerOf(SearchAnalyzers.textField(language)));
        Analyzer names = PreAnalyzed.analyzer(SearchAnalyzers.NAMES);
        return new Snippets(query, List.of(text, names, PreAnalyzed.analyzer(SearchAnalyzers.ABJAD_QUERY)),
                List.of(text, names, PreAnalyzed.analyzer(SearchAnalyzers.ABJAD)));
    }
}
