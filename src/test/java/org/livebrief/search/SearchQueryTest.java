package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

/** The checks of {@code GET /api/search}'s parameters. */
class SearchQueryTest {

    @Test
    void defaultsAndNormalisation() {
        EntrySearch.Query query = SearchResource.query("  Zelensky ", "UK", " viina-v-ukraini ", null);
        assertThat(query).isEqualTo(new EntrySearch.Query("Zelensky", "uk", "viina-v-ukraini", SearchResource.DEFAULT_LIMIT));
        assertThat(SearchResource.query("Kyiv", "sr-latn", null, "100").language()).isEqualTo("sr-Latn");
        assertThat(SearchResource.query("Kyiv", "", "", "1")).isEqualTo(new EntrySearch.Query("Kyiv", null, null, 1));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        assertThatThrownBy(() -> SearchResource.query(" ", "no_such!", "x".repeat(201), "0"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(error -> error.field())
                            .containsExactly("q", "language", "briefing", "limit");
                });
    }

    @Test
    void limitsAndLengths() {
        for (String limit : new String[] {"0", "101", "-1", "ten", "1.5", ""}) {
            assertThatThrownBy(() -> SearchResource.query("Kyiv", null, null, limit)).as(limit)
                    .isInstanceOf(ProblemException.class);
        }
        assertThat(SearchResource.query("x".repeat(SearchResource.MAX_QUERY), null, null, null).text()).hasSize(200);
        assertThatThrownBy(() -> SearchResource.query("x".repeat(SearchResource.MAX_QUERY + 1), null, null, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SearchResource.query("Kyiv\u0000", null, null, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void hostileQueriesAreCappedAndExpandingOperatorsAreOff() {
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            terms.append('w').append(i).append(' ');
        }
        for (String hostile : new String[] {terms.toString(), "(".repeat(10_000) + "Kyiv" + ")".repeat(10_000),
                "a" + "*".repeat(100_000), "x".repeat(100_000), "\uFFFF".repeat(10)}) {
            assertThatThrownBy(() -> SearchResource.query(hostile, null, null, null)).as(hostile.substring(0, 10))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
        }
        // Within the length cap, wildcards, fuzziness, slop and nesting are plain text, so they cannot expand.
        assertThat(EntrySearch.PUBLIC_SYNTAX).doesNotContain(SimpleQueryFlag.PREFIX, SimpleQueryFlag.FUZZY,
                SimpleQueryFlag.NEAR, SimpleQueryFlag.PRECEDENCE);
        assertThat(SearchResource.query("*hodar~2 (Kyiv)", null, null, "100").text()).isEqualTo("*hodar~2 (Kyiv)");
    }
}
