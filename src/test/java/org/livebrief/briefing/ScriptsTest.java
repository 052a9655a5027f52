package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

class ScriptsTest {

    private static String read(String language, String script, String text) {
        return Scripts.of(language, script).orElseThrow().text(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Љубљана|Ljubljana
            ЊЕГОШ|NJEGOŠ
            Његош|Njegoš
            Џон|Džon
            ЏЕЈМС|DŽEJMS
            Ђоковић и Вучић|Đoković i Vučić
            Председник Србије Александар Вучић рекао је у Београду да ће се састати са делегацијом.|Predsednik Srbije Aleksandar Vučić rekao je u Beogradu da će se sastati sa delegacijom.
            Џамија у Нишу, ћевапи, ђак, љиљан, њива|Džamija u Nišu, ćevapi, đak, ljiljan, njiva
            Косово и Метохија, „Политика“ пише 12. јуна|Kosovo i Metohija, „Politika“ piše 12. juna
            """)
    void serbianCyrillicReadsInGajsLatin(String cyrillic, String latin) {
        assertThat(read("sr", "Latn", cyrillic)).isEqualTo(latin);
        assertThat(read("sr-Cyrl", "latn", cyrillic)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ljubljana|Љубљана
            NJEGOŠ|ЊЕГОШ
            Džon|Џон
            Đoković i Vučić|Ђоковић и Вучић
            Predsednik Srbije Aleksandar Vučić rekao je u Beogradu.|Председник Србије Александар Вучић рекао је у Београду.
            """)
    void serbianLatinReadsInVuksCyrillic(String latin, String cyrillic) {
        assertThat(read("sr-Latn", "Cyrl", latin)).isEqualTo(cyrillic);
    }

    @Test
    void montenegrinKeepsItsTwoLetters() {
        assertThat(read("cnr-Cyrl", "Latn", "С́ековић, з́енica")).startsWith("Śeković");
        assertThat(read("cnr", "Cyrl", "Śeković")).isEqualTo("С\u0301ековић");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            uz-Cyrl|Ўзбекистон Президенти Шавкат Мирзиёев Тошкентда|Oʻzbekiston Prezidenti Shavkat Mirziyoyev Toshkentda
            uz-Cyrl|ЎЗБЕКИСТОН, Чирчиқ, ғалаба|OʻZBEKISTON, Chirchiq, gʻalaba
            kk|Қасым-Жомарт Тоқаев Астанада мәлімдеме жасады|Qasym-Zhomart Toqaev Astanada mälimdeme zhasady
            kk|Өскемен, Шымкент|Öskemen, Shymkent
            az-Cyrl|Илһам Әлијев Бакыда чыхыш етди|İlham Əliyev Bakıda çıxış etdi
            az-Cyrl|Ҝәнҹә|Gəncə
            """)
    void uzbekKazakhAndAzerbaijaniCyrillicReadInLatin(String language, String cyrillic, String latin) {
        assertThat(read(language, "Latn", cyrillic)).isEqualTo(latin);
    }

    @Test
    void markupAndAddressesAreUntouched() {
        String html = "<p>Вучић у <a href=\"https://example.org/Београд?q=Ниш\" title=\"Београд\">Београду</a>"
                + " <strong>данас</strong>.</p><figure><img src=\"/livebrief/media/abc-640.jpg\" alt=\"Ниш\"></figure>";
        assertThat(Scripts.of("sr", "Latn").orElseThrow().html(html)).isEqualTo(
                "<p>Vučić u <a href=\"https://example.org/Београд?q=Ниш\" title=\"Београд\">Beogradu</a>"
                        + " <strong>danas</strong>.</p><figure><img src=\"/livebrief/media/abc-640.jpg\" alt=\"Ниш\"></figure>");
    }

    @Test
    void aRegisteredNameWinsOverTheTransform() {
        String text = "Володимир Зеленски је рекао, ЗЕЛЕНСКИ.";
        ScriptNames authority = (t, language, target) -> {
            assertThat(language).isEqualTo("sr");
            assertThat(target).isEqualTo("sr-Latn");
            int at = t.indexOf("Володимир Зеленски");
            int caps = t.indexOf("ЗЕЛЕНСКИ");
            return at < 0 ? List.of() : List.of(new ScriptNames.Form(at, at + "Володимир Зеленски".length(), "Volodimir Zelenski"),
                    new ScriptNames.Form(caps, caps + 8, "Zelenski"));
        };
        Transcript plain = Scripts.of("sr", "Latn").orElseThrow();
        assertThat(plain.text(text)).isEqualTo("Volodimir Zelenski je rekao, ZELENSKI.");
        // The proof that the authority, not the transform, wrote it: a registered form the transform would not make.
        ScriptNames odd = (t, language, target) -> List.of(new ScriptNames.Form(0, 18, "Volodymyr Zelenskyy"));
        assertThat(plain.with(odd).text(text)).isEqualTo("Volodymyr Zelenskyy je rekao, ZELENSKI.");
        assertThat(plain.with(authority).text(text)).isEqualTo("Volodimir Zelenski je rekao, ZELENSKI.");
    }

    @Test
    void theOwnScriptIsTheOriginal() {
        assertThat(Scripts.of("sr", "Cyrl")).isEmpty();
        assertThat(Scripts.of("sr", null)).isEmpty();
        assertThat(Scripts.of("uz", "Latn")).isEmpty();
        assertThat(Scripts.targets("sr")).containsExactly("Latn");
        assertThat(Scripts.targets("sr-Latn")).containsExactly("Cyrl");
        assertThat(Scripts.targets("en")).isEmpty();
        assertThat(Scripts.of("sr", "Latn").orElseThrow().tag()).isEqualTo("sr-Latn");
    }

    @ParameterizedTest
    @CsvSource({"sr,Grek", "sr,Xyzw", "sr,Lat", "sr,La<n", "en,Latn", "en,Cyrl", "uk,Latn", "uz,Cyrl", "az,Cyrl"})
    void unknownOrInapplicableScriptsAreRefused(String language, String script) {
        assertThatThrownBy(() -> Scripts.of(language, script)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(400);
    }
}
