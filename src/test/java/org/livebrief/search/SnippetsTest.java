package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    static Snippets snippets(String query, String textAnalyzer) {
        return new Snippets(query, List.of(SearchAnalyzers.create(textAnalyzer), SearchAnalyzers.create(SearchAnalyzers.NAMES)));
    }

    @Test
    void marksWordsThatMatchedByTextOrByName() {
        String snippet = snippets("Zelensky", SearchAnalyzers.UKRAINIAN)
                .snippet("Візит Зеленського до Києва: Зеленський зустрівся з мером.");
        assertThat(snippet).isEqualTo("Візит <mark>Зеленського</mark> до Києва: <mark>Зеленський</mark> зустрівся з мером.");
    }

    @Test
    void stemmedOrdinaryWordsAreMarked() {
        assertThat(snippets("attack", SearchAnalyzers.ENGLISH).snippet("Two attacks overnight."))
                .isEqualTo("Two <mark>attacks</mark> overnight.");
    }

    @Test
    void escapesEverythingButTheMarks() {
        String snippet = snippets("Kyiv", SearchAnalyzers.ENGLISH)
                .snippet("<script>alert('x')</script> & \"Kyiv\" <b>");
        assertThat(snippet).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>Kyiv</mark>&quot; &lt;b&gt;");
    }

    @Test
    void longTextsAreCutAroundTheFirstMatch() {
        String filler = "word ".repeat(200);
        String snippet = snippets("Odesa", SearchAnalyzers.ENGLISH).snippet(filler + "Drones over Odesa tonight. " + filler);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>Odesa</mark>");
        assertThat(snippet.length()).isLessThan(Snippets.WINDOW + 60);
    }

    @Test
    void withoutAMatchTheTextStartsTheSnippet() {
        assertThat(snippets("nothing", SearchAnalyzers.OTHER).snippet("Short text.")).isEqualTo("Short text.");
    }
}
