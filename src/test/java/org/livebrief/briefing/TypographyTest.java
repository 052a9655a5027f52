package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #13, finding 2: a minor fix may change typography only. */
class TypographyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>Zelenskiy said "no".</p>              | <p>Zelenskiy said “no”.</p>
            <p>It's 10-12 km away</p>               | <p>It’s 10–12 km away</p>
            <p>Talks  in Istanbul .</p>             | <p>Talks in Istanbul.</p>
            <p>Talks in Istanbul</p>                | <p>Talks in <em>Istanbul</em></p>
            <p>м'ясо і хліб</p>                     | <p>мʼясо і хліб</p>
            <p>ﬁve people</p>                       | <p>five people</p>
            <p>Three killed</p><p>More soon</p>     | <p>Three killed More soon</p>
            <p>Temperatures fell to -20 C</p>       | <p>Temperatures fell to −20 C</p>
            <p>2 000 people</p>                     | <p>2 000 people</p>
            <p>Wait...</p>                          | <p>Wait…</p>
            <p>«Ні», сказав він</p>                 | <p>"Ні", сказав він</p>
            <p>Ukrenergo</p>                        | <p>Ukr­energo</p>
            <p>Kyiv: 5 killed</p>                   | <p>Kyiv : 5 killed</p>
            <p>ＵＮ said</p>                          | <p>UN said</p>
            """)
    void typographyAloneIsMinor(String before, String after) {
        assertThat(Typography.onlyTypographyChanged(before, after)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>At least three people were killed</p>  | <p>At least thirty people were killed</p>
            <p>12 killed</p>                          | <p>21 killed</p>
            <p>The talks have ended</p>               | <p>The talks have not ended</p>
            <p>Talks now</p>                          | <p>Talks not</p>
            <p>Zelensky met Putin</p>                 | <p>Zelenskiy met Putin</p>
            <p>US troops</p>                          | <p>us troops</p>
            <p>Talks</p>                              | <p></p>
            <p><a href="https://a.example/x">source</a></p> | <p><a href="https://b.example/x">source</a></p>
            """)
    void changedWordsOrLinksAreNotMinor(String before, String after) {
        assertThat(Typography.onlyTypographyChanged(before, after)).isFalse();
    }

    /**
     * Found by an attacker on the landed rule, which read every mark as a space between words: a sign, a decimal
     * separator, a question mark or a superscript changes what a sentence says as much as a word does.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>Casualties rose +12% overnight.</p>    | <p>Casualties rose -12% overnight.</p>
            <p>A 2.000 km front</p>                   | <p>A 2,000 km front</p>
            <p>Temperatures fell to -20 C</p>         | <p>Temperatures fell to 20 C</p>
            <p>Was it Russia?</p>                     | <p>Was it Russia.</p>
            <p>100 drones</p>                         | <p>1⁰⁰ drones</p>
            <p>50 m² flooded</p>                      | <p>50 m2 flooded</p>
            <p>2 000 people</p>                       | <p>2000 people</p>
            <p>Talks resumed.</p>                     | <p>Talks resumed!</p>
            <p>Kherson (Ukraine) shelled</p>          | <p>Kherson Ukraine shelled</p>
            <p>5 killed, 12 hurt</p>                  | <p>5 killed 12 hurt</p>
            """)
    void aChangedSignSeparatorOrMarkIsNotMinor(String before, String after) {
        assertThat(Typography.onlyTypographyChanged(before, after)).isFalse();
    }
}
