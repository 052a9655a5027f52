package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HouseStyleTest {

    /** Every published spelling that a shipped style's file records as its outlet's usage. */
    static Stream<Arguments> samples() {
        return HouseStyle.shipped().stream().flatMap(style -> style.sample().stream()
                .map(s -> Arguments.of(style, s.language(), s.nativeName(), s.english())));
    }

    @ParameterizedTest(name = "{0} {2} -> {3}")
    @MethodSource("samples")
    void eachStyleWritesItsOutletsPublishedSpellings(HouseStyle style, String language, String nativeName, String english) {
        assertThat(style.spell(nativeName, language)).contains(english);
    }

    /**
     * Spellings held here as well as in the data, so that a changed style file cannot quietly drop them: the
     * ones issue 16 names (AP writes Zelenskyy, the New York Times and CNN Zelensky, Reuters and RFE/RL
     * Zelenskiy), and that a style's rule or own spelling reaches no further than it should.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            rferl   | Володимир Зеленський  | Volodymyr Zelenskiy
            rferl   | Запоріжжя             | Zaporizhzhya
            rferl   | Миколаїв              | Mykolayiv
            rferl   | Кам'янець-Подільський | Kamyanets-Podilskiy
            ap      | Володимир Зеленський  | Volodymyr Zelenskyy
            ap      | Запоріжжя             | Zaporizhzhia
            ap      | Олена Зеленська       | Olena Zelenska
            reuters | Володимир Зеленський  | Volodymyr Zelenskiy
            reuters | Миколаїв              | Mykolaiv
            nyt     | Володимир Зеленський  | Volodymyr Zelensky
            nyt     | Кривий Ріг            | Kryvyi Rih
            cnn     | Володимир Зеленський  | Volodymyr Zelensky
            kmu2010 | Володимир Зеленський  | Volodymyr Zelenskyi
            kmu2010 | Люботин               | Liubotyn
            """)
    void ukrainianNames(HouseStyle style, String nativeName, String english) {
        assertThat(style.spell(nativeName, "uk")).contains(english);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rferl   | Алексей Навальный | Aleksei Navalny
            ap      | Алексей Навальный | Alexei Navalny
            reuters | Алексей Навальный | Alexei Navalny
            nyt     | Алексей Навальный | Aleksei Navalny
            cnn     | Алексей Навальный | Alexey Navalny
            nyt     | Дмитрий Песков    | Dmitri Peskov
            ap      | Дмитрий Песков    | Dmitry Peskov
            kmu2010 | Сергей Шойгу      | Sergei Shoigu
            """)
    void russianNames(HouseStyle style, String nativeName, String english) {
        assertThat(style.spell(nativeName, "ru")).contains(english);
    }

    /**
     * The samples check the rules, not only the outlets' own spellings: in every style most sampled names
     * contain no word the style spells by exception, and every language whose system an outlet or a standard
     * gives (not the product's own choice) is sampled.
     */
    @Test
    void everySampleMostlyTestsRules() {
        for (HouseStyle style : HouseStyle.shipped()) {
            List<HouseStyle.Spelling> byRule = style.sample().stream()
                    .filter(s -> style.spellings().stream().noneMatch(own -> own.language().equals(s.language())
                            && Words.of(s.nativeName()).stream().anyMatch(w -> w.text().equalsIgnoreCase(own.nativeName()))))
                    .toList();
            assertThat(byRule).as(style.json()).hasSizeGreaterThan(style.sample().size() / 2);
            List<String> fromOutlet = style.languages().stream()
                    .filter(language -> style.system(language).orElseThrow().kind() != HouseStyle.SourceKind.PRODUCT).toList();
            assertThat(fromOutlet).as(style.json()).contains("uk");
            assertThat(style.sample()).as(style.json()).extracting(HouseStyle.Spelling::language)
                    .containsAll(fromOutlet);
        }
    }

    @Test
    void everySpellingSystemAndSampleHasASourceAndADate() {
        Pattern date = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
        for (HouseStyle style : HouseStyle.shipped()) {
            Stream.concat(Stream.concat(style.spellings().stream(), style.sample().stream()).map(HouseStyle.Spelling::source),
                    style.languages().stream().map(language -> style.system(language).orElseThrow())).forEach(source -> {
                        assertThat(source.outlet()).as(style.json()).isNotBlank();
                        assertThat(source.kind()).as(style.json()).isNotNull();
                        assertThat(source.where()).as(style.json()).isNotBlank();
                        assertThat(source.date()).as(style.json()).matches(date);
                    });
        }
    }

    @Test
    void otherLanguagesNeedAnEditor() {
        assertThat(HouseStyle.AP.spell("Recep Tayyip Erdoğan", "tr")).isEmpty();
        assertThat(HouseStyle.of("nyt").spell(java.util.Map.of("ka", "თბილისი"))).isEmpty();
    }

    @Test
    void theFirstThreeNamesStayAndStylesParseCaseInsensitively() {
        assertThat(HouseStyle.shipped()).extracting(HouseStyle::json)
                .containsExactly("rferl", "ap", "reuters", "nyt", "cnn", "kmu2010");
        assertThat(HouseStyle.parse(" AP ")).contains(HouseStyle.AP);
        assertThat(HouseStyle.parse("rferl")).contains(HouseStyle.RFERL);
        assertThat(HouseStyle.parse("kmu2010")).contains(HouseStyle.KMU2010);
        assertThat(HouseStyle.parse("bbc")).isEmpty();
        assertThat(HouseStyle.choices()).isEqualTo("rferl, ap, reuters, nyt, cnn or kmu2010");
    }

    @Test
    void aBrokenStyleFileNamesTheFileAndTheField() {
        String noDate = """
                {"name": "x", "outlet": "X", "languages": {"uk": {"system": "KMU2010",
                 "source": {"kind": "usage", "where": "X copy"}}}}""";
        assertThatThrownBy(() -> StyleFiles.parse("x.json", noDate))
                .hasMessage("x.json: languages.uk.source.date is required (a string)");
        String unknownSystem = """
                {"name": "x", "outlet": "X", "languages": {"uk": {"system": "ISO9",
                 "source": {"kind": "usage", "where": "X copy", "date": "2022"}}}}""";
        assertThatThrownBy(() -> StyleFiles.parse("x.json", unknownSystem))
                .hasMessageStartingWith("x.json: languages.uk.system must be one of");
        String spellingWithoutSource = """
                {"name": "x", "outlet": "X", "languages": {"uk": {"system": "KMU2010",
                 "source": {"kind": "usage", "where": "X copy", "date": "2022"}}},
                 "spellings": [{"language": "uk", "native": "Київ", "english": "Kiev"}]}""";
        assertThatThrownBy(() -> StyleFiles.parse("x.json", spellingWithoutSource))
                .hasMessage("x.json: spellings[0].source is required (an object)");
    }

    @Test
    void aStyleFromDataSpellsByItsOwnRulesAndSpellings() {
        HouseStyle style = StyleFiles.parse("x.json", """
                {"name": "x", "outlet": "X", "languages": {"uk": {"system": "KMU2010",
                  "rules": [{"find": "ia$", "write": "ya", "why": "-ia as -ya"}],
                  "source": {"kind": "usage", "where": "X copy", "date": "2022"}}},
                 "spellings": [{"language": "uk", "native": "Київ", "english": "Kiev",
                  "source": {"kind": "stylebook", "where": "X stylebook", "date": "2001-05"}}]}""");
        assertThat(style.spell("Київ і Запоріжжя", "uk")).contains("Kiev i Zaporizhzhya");
        assertThat(style.spellings()).singleElement().extracting(s -> s.source().outlet()).isEqualTo("X");
    }

    @Test
    void aStyleMayNameANationalSystemOfTheBeat() {
        HouseStyle style = StyleFiles.parse("x.json", """
                {"name": "x", "outlet": "X", "languages": {
                  "be": {"system": "be_lacinka", "source": {"kind": "usage", "where": "X copy", "date": "2026"}},
                  "kk": {"system": "KK_LATIN_2021", "source": {"kind": "usage", "where": "X copy", "date": "2026"}}}}""");
        assertThat(style.spell("Магілёў", "be")).contains("Mahiloŭ");
        assertThat(style.spell("Шымкент", "kk")).contains("Şymkent");
    }
}
