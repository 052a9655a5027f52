package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenSearch index gets Livebrief's tokens written out ({@link PreAnalyzed}) and takes them apart with built-in
 * parts ({@link OpenSearchAnalysis}: whitespace tokenizer, {@code pattern_capture}); Lucene's own classes of those two
 * parts run here on the line must give back every token at its position, for every analyzer; and queries come out
 * as OpenSearch JSON over the same tokens ({@link OpenSearchQueries}).
 */
class PreAnalyzedTest {

    private static final List<String> TEXTS = List.of(
            "Zelenskiy visited Zaporizhzhya and Enerhodar on Tuesday; Зеленський відвідав Запоріжжя.",
            "Президент Зеленский посетил Николаев, Mykolayiv's port was shelled.",
            "Kyiv-based officials said the Zaporizhzhia nuclear power plant lost power — again.",
            "زلنسکی در کی‌یف گفت که نیروگاه زاپوریژیا خاموش است",
            "ზელენსკიმ თქვა, რომ კიევი", "Ахмад Шах Масуд в Панджшере", "Selenskyj, Selenskýj, SELENSKYJ",
            "", "   ", "a|b c\td", "Кам'янець-Подільський і Біла Церква");

    @ParameterizedTest
    @ValueSource(strings = {SearchAnalyzers.NAMES, SearchAnalyzers.ABJAD, SearchAnalyzers.ABJAD_QUERY,
            SearchAnalyzers.ENGLISH, SearchAnalyzers.UKRAINIAN, SearchAnalyzers.RUSSIAN, SearchAnalyzers.OTHER})
    void theEngineSplitsTheLineBackIntoTheSameTokensAtTheSamePositions(String analyzer) throws IOException {
        for (String text : TEXTS) {
            List<String> local = tokens(PreAnalyzed.analyzer(analyzer).tokenStream("f", text));
            String line = PreAnalyzed.encode(analyzer, text);
            WhitespaceTokenizer whitespace = new WhitespaceTokenizer();
            whitespace.setReader(new StringReader(line));
            List<String> engine = tokens(new PatternCaptureGroupTokenFilter(whitespace, false,
                    Pattern.compile("([^" + PreAnalyzed.SAME + "]+)")));
            assertThat(engine).as("%s on %s (line %s)", analyzer, text, line).isEqualTo(local);
        }
    }

    @Test
    void namesOfOnePersonInTwoScriptsShareTheirKeysOnTheLine() {
        List<String> cyrillic = List.of(PreAnalyzed.encode(SearchAnalyzers.NAMES, "Зеленський").split("[ |]"));
        List<String> latin = List.of(PreAnalyzed.encode(SearchAnalyzers.NAMES, "Zelenskyy").split("[ |]"));
        assertThat(cyrillic).isNotEmpty().containsAnyElementsOf(latin);
    }

    @Test
    void everyWordIsRequiredUnlessABarSaysOtherwise() {
        JsonObject both = OpenSearchQueries.query("Zelensky Kyiv");
        assertThat(both.getJsonObject("bool").getJsonArray("must")).hasSize(2);
        JsonObject either = OpenSearchQueries.query("Zelensky | Kyiv");
        assertThat(either.getJsonObject("bool").getJsonArray("should")).hasSize(2);
        JsonObject not = OpenSearchQueries.query("Zelensky -Kyiv");
        // Lucene's own form: both required, the second being "everything but Kyiv".
        assertThat(not.getJsonObject("bool").getJsonArray("must")).hasSize(2);
        assertThat(not.getJsonObject("bool").getJsonArray("must").getJsonObject(1).getJsonObject("bool")
                .getJsonArray("must_not").toString()).contains("kyiv").doesNotContain("zelenski");
    }

    @Test
    void aWordIsLookedUpInEveryFieldWithItsBoostAndItsNameKeys() {
        String json = OpenSearchQueries.query("Зеленський").toString();
        for (String field : OpenSearchQueries.fields().keySet()) {
            assertThat(json).contains("\"" + field + "\"");
        }
        for (String key : PreAnalyzed.encode(SearchAnalyzers.NAMES, "Зеленський").split("[ |]")) {
            assertThat(json).contains("{\"names\":{\"value\":\"" + key + "\"}}");
        }
        assertThat(json).contains("\"boost\":2.0").contains("\"boost\":0.5");
    }

    @Test
    void aPhraseKeepsItsPositionsAndItsAlternatives() {
        String json = OpenSearchQueries.query("\"Zaporizhzhia nuclear plant\"").toString();
        assertThat(json).contains("match_phrase");
        String names = PreAnalyzed.encode(SearchAnalyzers.NAMES, "Zaporizhzhia nuclear plant");
        assertThat(json).contains("{\"names\":{\"query\":\"" + names + "\",\"slop\":0}}");
    }

    @Test
    void onlyProhibitedWordsMatchEverythingElseAndNoWordsMatchNothingAsInLucene() {
        JsonObject json = OpenSearchQueries.query("-Kyiv");
        assertThat(json.getJsonObject("bool").getJsonArray("must_not")).hasSize(1);
        assertThat(json.getJsonObject("bool").getJsonArray("should").toString()).isEqualTo("[{\"match_all\":{}}]");
        assertThat(OpenSearchQueries.query("   ").toString()).contains("match_none");
        assertThat(OpenSearchQueries.query("\"\"").toString()).contains("match_none");
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                position += Math.min(1, increment.getPositionIncrement());
                out.add(position + ":" + term.toString().replace('|', '_').replaceAll("\\s", "_"));
            }
            stream.end();
        }
        return out;
    }
}
