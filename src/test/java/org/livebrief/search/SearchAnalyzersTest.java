package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index's analyzers, run as Lucene runs them: which spellings share a term, and which do not. */
class SearchAnalyzersTest {

    static List<String> terms(String analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (Analyzer a = SearchAnalyzers.create(analyzer); TokenStream tokens = a.tokenStream("f", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }

    static boolean meet(String analyzer, String query, String text) {
        return meet(analyzer, analyzer, query, text);
    }

    /** Whether {@code query} under a field's search analyzer and {@code text} under its index analyzer share a term. */
    static boolean meet(String queryAnalyzer, String textAnalyzer, String query, String text) {
        Set<String> common = new LinkedHashSet<>(terms(queryAnalyzer, query));
        common.retainAll(terms(textAnalyzer, text));
        return !common.isEmpty();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky    | Zelenskiy
            Zelensky    | Zelenskyy
            Zelensky    | Зеленський
            Zelensky    | Зеленського
            Zelensky    | Зеленскому
            Zelensky    | Selenskyj
            Зеленський  | Zelensky
            Київ        | Kyiv
            Київ        | Kiev
            Київ        | Києві
            Київ        | Києва
            Kyiv        | Києві
            Kyiv        | Kyiv's
            Kharkiv     | Харкові
            Харків      | Kharkov
            Odesa       | Одесі
            Shevchenko  | Шевченка
            Minsk       | Мінська
            Зеленська   | Zelenska
            Zelenska    | Зеленської
            Mahilyow    | Магілёў
            Mahilyow    | Магілёва
            Mahilioŭ    | Магілёў
            Mogilev     | Могилёв
            Могилёв     | Mogilev
            Mogilev     | Могильов
            Королёв     | Корольова
            Mahilyow    | Магілёў
            Mahiloŭ     | Магілёў
            Barysaw     | Барысаў
            Vanadzor    | Վանաձոր
            Վանաձոր     | Ванадзор
            Иджеван     | Իջևան
            Yerevan     | Երևան
            Nis         | Ниш
            Nis         | Niš
            Nis         | Нишу
            Cacak       | Чачак
            Cacak       | Čačak
            Uzice       | Ужице
            Samarcande  | Самарканд
            Constanța   | Констанца
            Constanta   | Констанца
            Constanta   | Constanța
            Zarechny    | Заречном
            Ufa         | Уфе
            Brest       | Брэсце
            """)
    void namesMeetAcrossScriptsAndCases(String query, String text) {
        assertThat(meet(SearchAnalyzers.NAMES, query, text))
                .as("%s %s vs %s %s", query, terms(SearchAnalyzers.NAMES, query), text, terms(SearchAnalyzers.NAMES, text))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky    | Zelenska
            Zelensky    | Зеленська
            Zelensky    | Зеленської
            Kyiv        | Kherson
            Mykolaiv    | Mykolaivka
            Zelensky    | Зеленской
            """)
    void namesKeepApartWhatDiffers(String query, String text) {
        assertThat(meet(SearchAnalyzers.NAMES, query, text))
                .as("%s %s vs %s %s", query, terms(SearchAnalyzers.NAMES, query), text, terms(SearchAnalyzers.NAMES, text))
                .isFalse();
    }

    /** The abjad field: Arabic script finds vowelled spellings with other vowels, and the other way round. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مشهد        | Mashhad
            مشهد        | Мешхед
            Mashhad     | مشهد
            mashhad     | مشهد
            Machhad     | مشهد
            Мешхед      | مشهد
            هرات        | Herat
            Герат       | هرات
            Kandahar    | کندهار
            کندهار      | Кандагар
            ننګرهار     | Nangarhar
            Koundouz    | کندز
            خوست        | Khost
            """)
    void arabicScriptMeetsVowelledSpellings(String query, String text) {
        assertThat(abjadMeet(query, text)).as("%s %s vs %s %s", query, terms(SearchAnalyzers.ABJAD_QUERY, query), text,
                terms(SearchAnalyzers.ABJAD, text)).isTrue();
    }

    /** Nor does it join short words, or an entry's words that start in lower case (not names). */
    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مشهد        | mashhad
            Zelensky    | Zelenska
            Zelenska    | Зеленський
            Mashhad     | Мешхед
            Mashhad     | Mashhad
            مشهد        | مشهد
            Kandahar    | کندز
            قم          | Qom
            Qom         | قم
            """)
    void abjadKeysJoinOnlyArabicScriptWithTheOthers(String query, String text) {
        assertThat(abjadMeet(query, text)).as("%s %s vs %s %s", query, terms(SearchAnalyzers.ABJAD_QUERY, query), text,
                terms(SearchAnalyzers.ABJAD, text)).isFalse();
    }

    static boolean abjadMeet(String query, String text) {
        return meet(SearchAnalyzers.ABJAD_QUERY, SearchAnalyzers.ABJAD, query, text);
    }

    @Test
    void abjadKeysKeepTheWordsPositions() throws IOException {
        try (Analyzer a = SearchAnalyzers.create(SearchAnalyzers.ABJAD); TokenStream tokens = a.tokenStream("f", "در 12 مشهد")) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            assertThat(tokens.incrementToken()).isTrue();
            assertThat(term.toString()).isEqualTo("amSHd");
            assertThat(position.getPositionIncrement()).isEqualTo(3);
            assertThat(offset.startOffset()).isEqualTo(6);
            assertThat(tokens.incrementToken()).isFalse();
            tokens.end();
        }
    }

    @Test
    void nameKeysShareTheWordsPositionAndOffsets() throws IOException {
        try (Analyzer a = SearchAnalyzers.create(SearchAnalyzers.NAMES); TokenStream tokens = a.tokenStream("f", "у Києві")) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = tokens.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            assertThat(tokens.incrementToken()).isTrue();
            assertThat(offset.startOffset()).isZero();
            int keys = 0;
            while (tokens.incrementToken()) {
                assertThat(position.getPositionIncrement()).isEqualTo(keys == 0 ? 1 : 0);
                assertThat(offset.startOffset()).isEqualTo(2);
                assertThat(offset.endOffset()).isEqualTo(7);
                keys++;
            }
            tokens.end();
            assertThat(keys).as(term.toString()).isGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            livebrief_text_en | attacks        | attacked
            livebrief_text_en | Ukraine's      | ukraine
            livebrief_text_en | CAFÉ           | cafe
            livebrief_text_uk | обстрілів      | обстріли
            livebrief_text_uk | обстрілами     | обстріл
            livebrief_text_uk | енергетичної   | енергетична
            livebrief_text_ru | обстрелов      | обстрелы
            livebrief_text_ru | Ёлка           | елки
            livebrief_text    | Kraków         | krakow
            """)
    void ordinaryWordsStemAndFoldByLanguage(String analyzer, String a, String b) {
        assertThat(terms(analyzer, a)).isEqualTo(terms(analyzer, b)).hasSize(1);
    }

    @Test
    void textFieldsByLanguage() {
        assertThat(SearchAnalyzers.textField("en-GB")).isEqualTo("text_en");
        assertThat(SearchAnalyzers.textField("uk")).isEqualTo("text_uk");
        assertThat(SearchAnalyzers.textField("ru")).isEqualTo("text_ru");
        assertThat(SearchAnalyzers.textField("sr-Latn")).isEqualTo("text");
    }
}
