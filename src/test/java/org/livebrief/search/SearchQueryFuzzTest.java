package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.livebrief.briefing.EntryBody;
import org.livebrief.platform.Fields;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/** {@code GET /api/search}: the parameters, the query syntax, and the snippets built from the query (docs/fuzzing.md). */
class SearchQueryFuzzTest {

    private static final Map<String, Analyzer> ANALYZERS = new HashMap<>();
    private static final IndexSearcher EMPTY;

    static {
        for (String field : SearchAnalyzers.TEXT_FIELDS) {
            ANALYZERS.put(field, SearchAnalyzers.create(SearchAnalyzers.analyzerOf(field)));
        }
        ANALYZERS.put(EntryBinder.NAMES, SearchAnalyzers.create(SearchAnalyzers.NAMES));
        try {
            EMPTY = new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Parts: q, language, briefing, limit. Either a checked query (plain text of 1–200 characters, a language
     * tag in canonical form, a limit of 1–100) or 400 naming the bad parameters. A checked query parses, as
     * Hibernate Search's simpleQueryString parses it with the same fields, boosts and operators, into a Lucene
     * query that Lucene will run (no TooManyClauses at search time).
     */
    @FuzzTest(maxDuration = "60s")
    void acceptedQueriesParseAndRun(byte[] data) throws IOException {
        String[] p = FuzzInput.parts(data, 4);
        EntrySearch.Query query;
        try {
            query = SearchResource.query(p[0], p[1], p[2], p[3]);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).isNotEmpty()
                    .isSubsetOf("q", "language", "briefing", "limit");
            return;
        }
        assertThat(query.text()).isNotEmpty().isEqualTo(query.text().strip()).hasSizeLessThanOrEqualTo(SearchResource.MAX_QUERY);
        assertThat(Fields.isCleanText(query.text())).isTrue();
        assertThat(query.limit()).isBetween(1, SearchResource.MAX_LIMIT);
        if (query.language() != null) {
            assertThat(new Locale.Builder().setLanguageTag(query.language()).build().toLanguageTag()).isEqualTo(query.language());
        }
        Query lucene = parse(query.text(), false);
        EMPTY.rewrite(lucene);
        // The same query with its registered names widened by the authority parses and runs too, within the limit.
        String widened = AuthorityNames.widen(query.text(), AUTHORITY);
        if (AuthorityNames.widened(query.text(), widened)) {
            assertThat(OpenSearchQueries.clauses(widened, true)).isLessThanOrEqualTo(AuthorityNames.MAX_CLAUSES);
            EMPTY.rewrite(parse(widened, true));
        }
    }

    /** Places with many other names (GeoNames' former names and exonyms), for widening. */
    private static final org.livebrief.names.NameDirectory.Snapshot AUTHORITY = AuthorityNamesTest.snapshot(
            AuthorityNamesTest.card(1, "uk", "Дніпро", "ru", "Днепр", "en", "Dnipro"),
            AuthorityNamesTest.card(2, "uk", "Київ", "ru", "Киев", "en", "Kyiv"),
            AuthorityNamesTest.card(3, "ky", "Бишкек", "en", "Bishkek"));

    /**
     * Parts: query, entry body, language. A snippet is escaped text with {@code <mark>} and nothing else, and
     * reads as the entry's text (the plain text of a stored body: what the index holds).
     */
    @FuzzTest(maxDuration = "60s")
    void snippetsAreEscapedTextWithMarks(byte[] data) {
        String[] p = FuzzInput.parts(data, 3);
        String query = p[0] == null ? "" : p[0];
        String text = Jsoup.parse(EntryBody.sanitize(p[1]).html()).text();
        String language = p[2] == null ? "en" : p[2];
        Snippets snippets = new Snippets(query, List.of(
                ANALYZERS.get(SearchAnalyzers.textField(language)), ANALYZERS.get(EntryBinder.NAMES)));
        String snippet = snippets.snippet(text);
        Element body = Jsoup.parseBodyFragment(snippet).body();
        for (Element element : body.getAllElements()) {
            if (element != body) {
                assertThat(element.normalName()).isEqualTo("mark");
                assertThat(element.attributes().size()).isZero();
            }
        }
        assertThat(snippet).doesNotContain("<script", "\"", "'");
        String shown = body.wholeText();
        // Without the ellipses the window may have added (the text may hold … of its own).
        boolean lead = shown.startsWith("…");
        boolean trail = shown.endsWith("…") && shown.length() > (lead ? 1 : 0);
        boolean found = text.contains(shown) || lead && text.contains(shown.substring(1))
                || trail && text.contains(shown.substring(0, shown.length() - 1))
                || lead && trail && text.contains(shown.substring(1, shown.length() - 1));
        assertThat(found).as("snippet '%s' of '%s'", snippet, text).isTrue();
    }

    /** Lucene's simple query parser as {@code EntrySearch} configures it through Hibernate Search. */
    private static Query parse(String text, boolean precedence) {
        Analyzer perField = new PerFieldAnalyzerWrapper(ANALYZERS.get("text"), ANALYZERS);
        Map<String, Float> weights = new HashMap<>();
        SearchAnalyzers.TEXT_FIELDS.forEach(f -> weights.put(f, EntrySearch.TEXT_BOOST));
        weights.put(EntryBinder.NAMES, 1.0f);
        SimpleQueryParser parser = new SimpleQueryParser(perField, weights, SimpleQueryParser.AND_OPERATOR
                | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
                | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR
                | (precedence ? SimpleQueryParser.PRECEDENCE_OPERATORS : 0));
        parser.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        return parser.parse(text);
    }
}
