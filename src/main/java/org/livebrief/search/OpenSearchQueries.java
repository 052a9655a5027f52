package org.livebrief.search;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query for the OpenSearch backend ({@link SearchBackend}): parsed here, with Lucene's simple query parser
 * and Livebrief's own analyzers per field (the same syntax and the same analysis the local index gets through Hibernate
 * Search), and the resulting query written as OpenSearch query JSON over the pre-analyzed fields ({@link PreAnalyzed}).
 * A term is a {@code term} query, alternatives at one position a {@code bool} of them, a phrase a
 * {@code match_phrase} whose text OpenSearch splits back into the same positions.
 */
final class OpenSearchQueries {

    /** Every flag of {@link EntrySearch#PUBLIC_SYNTAX}, and nothing else: no prefix, fuzzy, near or precedence. */
    static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Analyzer SEARCH_SIDE = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return PreAnalyzed.analyzer(searchAnalyzerOf(field));
        }
    };

    private OpenSearchQueries() {
    }

    /** The analyzer a query for {@code field} goes through: the index side's, but the abjad field's own. */
    static String searchAnalyzerOf(String field) {
        return EntryBinder.ABJAD.equals(field) ? SearchAnalyzers.ABJAD_QUERY
                : EntryBinder.NAMES.equals(field) ? SearchAnalyzers.NAMES : SearchAnalyzers.analyzerOf(field);
    }

    /** The analyzer the index side of {@code field} goes through. */
    static String indexAnalyzerOf(String field) {
        return EntryBinder.ABJAD.equals(field) ? SearchAnalyzers.ABJAD : searchAnalyzerOf(field);
    }

    /** The fields a reader's words are looked up in, with their boosts (as {@link EntrySearch} gives them). */
    static Map<String, Float> fields() {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String field : SearchAnalyzers.TEXT_FIELDS) {
            weights.put(field, EntrySearch.TEXT_BOOST);
        }
        weights.put(EntryBinder.NAMES, 1f);
        weights.put(EntryBinder.ABJAD, EntrySearch.ABJAD_BOOST);
        return weights;
    }

    /** {@code text} (the public query syntax, every word required unless {@code |} says otherwise) as query JSON. */
    static JsonObject query(String text) {
        return query(text, false);
    }

    /** {@code precedence}: the text is one {@link AuthorityNames} rewrote, and its groups are groups. */
    static JsonObject query(String text, boolean precedence) {
        SimpleQueryParser parser = new SimpleQueryParser(SEARCH_SIDE, fields(),
                precedence ? FLAGS | SimpleQueryParser.PRECEDENCE_OPERATORS : FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        return json(query == null ? new MatchNoDocsQuery() : query);
    }

    /** How many leaf clauses (terms, phrases) {@code text} makes over the search fields: what Lucene's limit counts. */
    static int clauses(String text, boolean precedence) {
        SimpleQueryParser parser = new SimpleQueryParser(SEARCH_SIDE, fields(),
                precedence ? FLAGS | SimpleQueryParser.PRECEDENCE_OPERATORS : FLAGS);
        Query query = parser.parse(text);
        if (query == null) {
            return 0;
        }
        int[] count = {0};
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    static JsonObject json(Query query) {
        if (query instanceof TermQuery term) {
            return JSON.createObjectBuilder().add("term", JSON.createObjectBuilder().add(term.getTerm().field(),
                    JSON.createObjectBuilder().add("value", term.getTerm().text()))).build();
        }
        if (query instanceof SynonymQuery synonyms) {
            JsonArrayBuilder should = JSON.createArrayBuilder();
            for (Term term : synonyms.getTerms()) {
                should.add(json(new TermQuery(term)));
            }
            return JSON.createObjectBuilder().add("bool", JSON.createObjectBuilder().add("should", should)).build();
        }
        if (query instanceof PhraseQuery phrase) {
            StringJoiner line = new StringJoiner(" ");
            for (Term term : phrase.getTerms()) {
                line.add(term.text());
            }
            return matchPhrase(phrase.getField(), line.toString(), phrase.getSlop());
        }
        if (query instanceof MultiPhraseQuery phrase) {
            StringJoiner line = new StringJoiner(" ");
            String field = null;
            for (Term[] alternatives : phrase.getTermArrays()) {
                StringJoiner position = new StringJoiner(String.valueOf(PreAnalyzed.SAME));
                for (Term term : alternatives) {
                    position.add(term.text());
                    field = term.field();
                }
                line.add(position.toString());
            }
            return matchPhrase(field, line.toString(), phrase.getSlop());
        }
        if (query instanceof BoostQuery boost) {
            return JSON.createObjectBuilder().add("bool", JSON.createObjectBuilder()
                    .add("must", JSON.createArrayBuilder().add(json(boost.getQuery())))
                    .add("boost", boost.getBoost())).build();
        }
        if (query instanceof BooleanQuery bool) {
            Map<BooleanClause.Occur, JsonArrayBuilder> clauses = new LinkedHashMap<>();
            for (BooleanClause clause : bool.clauses()) {
                clauses.computeIfAbsent(clause.getOccur(), o -> JSON.createArrayBuilder()).add(json(clause.getQuery()));
            }
            JsonObjectBuilder out = JSON.createObjectBuilder();
            clauses.forEach((occur, list) -> out.add(switch (occur) {
                case MUST -> "must";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
                case FILTER -> "filter";
            }, list));
            if (bool.getMinimumNumberShouldMatch() > 0) {
                out.add("minimum_should_match", bool.getMinimumNumberShouldMatch());
            } else if (clauses.containsKey(BooleanClause.Occur.MUST_NOT) && clauses.size() == 1) {
                // Lucene matches nothing with only prohibited clauses; OpenSearch would match everything else.
                out.add("must", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("match_none", JSON.createObjectBuilder())));
            }
            return JSON.createObjectBuilder().add("bool", out).build();
        }
        if (query instanceof MatchNoDocsQuery) {
            return JSON.createObjectBuilder().add("match_none", JSON.createObjectBuilder()).build();
        }
        if (query instanceof MatchAllDocsQuery) {
            return JSON.createObjectBuilder().add("match_all", JSON.createObjectBuilder()).build();
        }
        throw new IllegalStateException("No OpenSearch form for " + query.getClass().getSimpleName() + ": " + query);
    }

    private static JsonObject matchPhrase(String field, String line, int slop) {
        return JSON.createObjectBuilder().add("match_phrase", JSON.createObjectBuilder().add(field,
                JSON.createObjectBuilder().add("query", line).add("slop", slop))).build();
    }
}
