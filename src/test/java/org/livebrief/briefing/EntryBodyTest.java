package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

class EntryBodyTest {

    @Test
    void scriptsHandlersAndStylesNeverSurvive() {
        EntryBody body = EntryBody.sanitize("""
                <p onclick="steal()">Strike on <b>Mykolayiv</b></p><script>alert(1)</script>
                <img src=x onerror=alert(2)><style>p{}</style><iframe src="https://evil"></iframe>""");
        assertThat(body.html()).isEqualTo("<p>Strike on <b>Mykolayiv</b></p>");
        assertThat(body.html()).doesNotContain("script", "onclick", "onerror", "iframe", "style", "alert");
    }

    @Test
    void linksKeepOnlyHttpAndHttpsAndGetNofollowNoopener() {
        EntryBody body = EntryBody.sanitize("""
                <p><a href="https://www.rferl.org/a/1.html" target="_blank">RFE/RL</a>
                <a href="javascript:alert(1)">bad</a> <a href="data:text/html,x">data</a>
                <a href="/relative">rel</a></p>""");
        assertThat(body.html()).contains("<a href=\"https://www.rferl.org/a/1.html\" rel=\"nofollow noopener\">RFE/RL</a>");
        assertThat(body.html()).doesNotContain("javascript", "data:", "target", "/relative");
        assertThat(body.excerpt()).isEqualTo("RFE/RL bad data rel");
    }

    @Test
    void listsQuotesEmphasisAndBreaksAreKept() {
        String html = "<ul><li>One</li><li><em>Two</em></li></ul><blockquote><p>Quote<br>line</p></blockquote>"
                + "<ol><li><strong>Three</strong></li></ol>";
        assertThat(EntryBody.sanitize(html).html()).isEqualTo(html);
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        EntryBody body = EntryBody.sanitize("Zelenskiy spoke <to> parliament.\nSecond line.\n\nNew paragraph & more");
        assertThat(body.html()).isEqualTo(
                "<p>Zelenskiy spoke &lt;to&gt; parliament.<br>Second line.</p><p>New paragraph &amp; more</p>");
    }

    @Test
    void looseInlineMarkupIsWrappedInParagraphs() {
        assertThat(EntryBody.sanitize("Sirens in <em>Kyiv</em>.<p>Then calm.</p> After").html())
                .isEqualTo("<p>Sirens in <em>Kyiv</em>.</p><p>Then calm.</p><p> After</p>");
    }

    @Test
    void markupWithoutTextIsEmpty() {
        assertThat(EntryBody.sanitize("<script>alert(1)</script><p> </p>").isEmpty()).isTrue();
        assertThat(EntryBody.sanitize(null).isEmpty()).isTrue();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplaced() {
        EntryBody body = EntryBody.sanitize("Bad\u0000char\u0007 and \uD800 lone, 😀 kept");
        assertThat(body.html()).isEqualTo("<p>Bad char  and   lone, 😀 kept</p>");
    }

    @ParameterizedTest
    @CsvSource({"10", "279", "280"})
    void shortTextsAreTheirOwnExcerpt(int length) {
        String text = "a".repeat(length);
        assertThat(EntryBody.excerpt(text)).isEqualTo(text);
    }

    @Test
    void longTextsAreCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(100).strip();
        String excerpt = EntryBody.excerpt(text);
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(EntryBody.EXCERPT_CHARS);
    }

    @ParameterizedTest
    @CsvSource({"&", "<", ">"})
    void aBodyWhoseEscapedFormOutgrowsTheColumnIsInvalid(String character) {
        EntryRequest request = new EntryRequest(null, character.repeat(EntryBody.MAX_INPUT_CHARS), null, null);
        assertThatThrownBy(request::validBody).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("body");
        });
    }
}
