package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed article (RFE/RL, 29 March 2022) checked under every shipped house style, with an entity for each of
 * its names registered as a newsroom registers them: native names and the one English name the article uses.
 * No conventional English name may be flagged in any style, and each style must ask for exactly its own
 * spellings: the outlet's published spelling where its style file records one, else what its system gives.
 */
class StyleCheckerSeedTest {

    static final Path SEED = Path.of("/work/shared/seeds/000_797c7debb847cb3e.txt");

    /** The article's names: native names and the article's English spelling. */
    static final List<String[]> ENTITIES = List.of(
            person("uk:Володимир Зеленський", "ru:Владимир Зеленский", "en:Volodymyr Zelenskiy"),
            person("uk:Ірина Верещук", "ru:Ирина Верещук", "en:Iryna Vereshchuk"),
            person("uk:Дмитро Кулеба", "ru:Дмитрий Кулеба", "en:Dmytro Kuleba"),
            person("uk:Денис Монастирський", "ru:Денис Монастырский", "en:Denys Monastyrskiy"),
            person("uk:Вадим Бойченко", "ru:Вадим Бойченко", "en:Vadym Boychenko"),
            person("ru:Владимир Путин", "uk:Володимир Путін", "en:Vladimir Putin"),
            person("ru:Сергей Шойгу", "uk:Сергій Шойгу", "en:Sergei Shoigu"),
            person("tr:Recep Tayyip Erdoğan", "uk:Реджеп Тайїп Ердоган", "ru:Реджеп Тайип Эрдоган", "en:Recep Tayyip Erdogan"),
            person("uk:Джо Байден", "ru:Джо Байден", "en:Joe Biden"),
            place("uk:Маріуполь", "ru:Мариуполь", "en:Mariupol"),
            place("uk:Мелітополь", "ru:Мелитополь", "en:Melitopol"),
            place("uk:Запоріжжя", "ru:Запорожье", "en:Zaporizhzhya"),
            place("uk:Енергодар", "ru:Энергодар", "en:Enerhodar"),
            place("uk:Київ", "ru:Киев", "en:Kyiv"),
            place("uk:Миколаїв", "ru:Николаев", "en:Mykolayiv"),
            place("uk:Люботин", "ru:Люботин", "en:Lyubotyn"),
            place("uk:Харків", "ru:Харьков", "en:Kharkiv"),
            place("uk:Ірпінь", "ru:Ирпень", "en:Irpin"),
            place("uk:Львів", "ru:Львов", "en:Lviv"),
            place("uk:Рівне", "ru:Ровно", "en:Rivne"),
            place("uk:Житомир", "ru:Житомир", "en:Zhytomyr"),
            place("uk:Луцьк", "ru:Луцк", "en:Lutsk"),
            place("uk:Донбас", "ru:Донбасс", "en:Donbas"),
            place("uk:Москва", "ru:Москва", "en:Moscow"),
            place("uk:Азовське море", "ru:Азовское море", "en:Sea of Azov"),
            place("tr:İstanbul", "uk:Стамбул", "ru:Стамбул", "en:Istanbul"),
            place("uk:Туреччина", "ru:Турция", "tr:Türkiye", "en:Turkey"),
            place("uk:Вашингтон", "ru:Вашингтон", "en:Washington"),
            org("uk:Кремль", "ru:Кремль", "en:Kremlin"),
            org("uk:НАТО", "ru:НАТО", "en:NATO"));

    /** English names that are not romanizations of the native ones: no style may flag them. */
    static final List<String> CONVENTIONAL = List.of("Moscow", "Sea of Azov", "Istanbul", "Turkey", "Washington",
            "Kremlin", "NATO", "Erdogan", "Recep Tayyip Erdogan", "Joe Biden", "Biden");

    static NameDirectory.Snapshot names;
    static String article;

    @BeforeAll
    static void register() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "the shared seed article is not on this machine");
        article = Files.readString(SEED);
        List<NameCard> cards = new ArrayList<>();
        for (String[] entity : ENTITIES) {
            cards.add(new NameCard(cards.size() + 1, EntityType.valueOf(entity[0]), Arrays.stream(entity).skip(1)
                    .map(n -> n.split(":", 2)).map(n -> NameSpelling.name(n[0], n[1])).toList(), List.of()));
        }
        names = StyleCheckerTest.snapshot(cards);
    }

    /**
     * Each style's findings in the article, as "found → preferred" with how often; the outlet's own published
     * spellings (Zelenskyy, Zaporizhzhia, Mykolaiv, Boichenko, Monastyrskyi/Monastyrsky) come from its sample,
     * Liubotyn from its system (no outlet sample has that town). RFE/RL's own article has no finding in its style.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rferl   | ''
            ap      | Volodymyr Zelenskiy→Volodymyr Zelenskyy, Zelenskiy→Zelenskyy ×6, Zaporizhzhya→Zaporizhzhia ×2, Mykolayiv→Mykolaiv, Lyubotyn→Liubotyn, Denys Monastyrskiy→Denys Monastyrskyi, Vadym Boychenko→Vadym Boichenko, Boychenko→Boichenko
            reuters | Zaporizhzhya→Zaporizhzhia ×2, Mykolayiv→Mykolaiv, Lyubotyn→Liubotyn, Denys Monastyrskiy→Denys Monastyrskyi, Vadym Boychenko→Vadym Boichenko, Boychenko→Boichenko
            nyt     | Volodymyr Zelenskiy→Volodymyr Zelensky, Zelenskiy→Zelensky ×6, Zaporizhzhya→Zaporizhzhia ×2, Mykolayiv→Mykolaiv, Lyubotyn→Liubotyn, Denys Monastyrskiy→Denys Monastyrsky, Vadym Boychenko→Vadym Boichenko, Boychenko→Boichenko
            cnn     | Volodymyr Zelenskiy→Volodymyr Zelensky, Zelenskiy→Zelensky ×6, Zaporizhzhya→Zaporizhzhia ×2, Mykolayiv→Mykolaiv, Lyubotyn→Liubotyn, Denys Monastyrskiy→Denys Monastyrskyi, Vadym Boychenko→Vadym Boichenko, Boychenko→Boichenko
            kmu2010 | Volodymyr Zelenskiy→Volodymyr Zelenskyi, Zelenskiy→Zelenskyi ×6, Zaporizhzhya→Zaporizhzhia ×2, Mykolayiv→Mykolaiv, Lyubotyn→Liubotyn, Denys Monastyrskiy→Denys Monastyrskyi, Vadym Boychenko→Vadym Boichenko, Boychenko→Boichenko
            """)
    void theSeedArticleUnderEveryStyle(HouseStyle style, String expected) {
        List<StyleChecker.Finding> findings = StyleCheckerTest.checkIn(names, article, "en", style);
        assertThat(findings).extracting(StyleChecker.Finding::found)
                .as("conventional English names flagged in %s", style).doesNotContainAnyElementsOf(CONVENTIONAL);
        assertThat(counted(findings)).isEqualTo(expected(expected));
    }

    static List<HouseStyle> styles() {
        return HouseStyle.shipped();
    }

    /** Where a style's file records its outlet's published spelling of one of the article's names, the style uses it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void theArticlesNamesAreSpelledAsTheOutletPublishesThem(HouseStyle style) {
        Map<String, String> published = new HashMap<>();
        style.sample().forEach(s -> published.put(s.language() + ":" + s.nativeName(), s.english()));
        int compared = 0;
        for (NameCard card : names.cards().values()) {
            for (NameSpelling spelling : card.spellings()) {
                String outlet = published.get(spelling.language() + ":" + spelling.text());
                if (outlet != null) {
                    assertThat(card.preferred("en", style, HouseStyle.RFERL)).as("%s %s", style, spelling.text())
                            .isEqualTo(outlet);
                    compared++;
                }
            }
        }
        assertThat(compared).as("names of the article the %s sample has", style).isGreaterThanOrEqualTo(4);
    }

    private static Map<String, Long> counted(List<StyleChecker.Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(f -> f.found() + "→" + f.preferred(), TreeMap::new,
                Collectors.counting()));
    }

    private static Map<String, Long> expected(String table) {
        Map<String, Long> expected = new TreeMap<>();
        for (String item : table.split(",\\s*")) {
            if (!item.isBlank()) {
                String[] parts = item.strip().split(" ×");
                expected.put(parts[0], parts.length > 1 ? Long.parseLong(parts[1]) : 1L);
            }
        }
        return expected;
    }

    private static String[] person(String... names) {
        return entity("PERSON", names);
    }

    private static String[] place(String... names) {
        return entity("PLACE", names);
    }

    private static String[] org(String... names) {
        return entity("ORGANIZATION", names);
    }

    private static String[] entity(String type, String... names) {
        String[] entity = new String[names.length + 1];
        entity[0] = type;
        System.arraycopy(names, 0, entity, 1, names.length);
        return entity;
    }
}
