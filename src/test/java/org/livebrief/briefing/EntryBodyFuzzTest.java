package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.livebrief.platform.Fields;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/**
 * Entry bodies come from reporters' browsers and API clients: whatever they send, the stored HTML is the
 * newsroom safelist and nothing else (docs/fuzzing.md).
 */
class EntryBodyFuzzTest {

    private static final Set<String> TAGS = Set.of("p", "br", "a", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "blockquote");

    @FuzzTest(maxDuration = "60s")
    void sanitizedHtmlIsSafeAndStable(byte[] data) {
        String input = FuzzInput.text(data);
        EntryBody body = EntryBody.sanitize(input);

        assertSafe(body.html());
        assertThat(body.isEmpty()).isEqualTo(body.excerpt().isEmpty());
        assertThat(body.excerpt().codePointCount(0, body.excerpt().length())).isLessThanOrEqualTo(EntryBody.EXCERPT_CHARS);
        assertThat(Fields.isCleanText(body.html())).as("no control characters or lone surrogates").isTrue();
        // Sanitising twice equals sanitising once: what was stored comes back unchanged when edited and saved.
        assertThat(EntryBody.sanitize(body.html())).isEqualTo(body);
    }

    @FuzzTest(maxDuration = "60s")
    void aRequestBodyIsStoredOrRefusedWith400(byte[] data) {
        String input = FuzzInput.text(data);
        EntryRequest request = new EntryRequest(null, input, null, null);
        try {
            EntryBody body = request.validBody();
            assertThat(body.isEmpty()).isFalse();
            assertSafe(body.html());
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(f -> f.field()).containsOnly("body");
        }
    }

    /** Only safelisted elements, only http(s) links with the forced rel, every top-level child a block. */
    static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<style", "<iframe", "<img", "<svg");
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(element.normalName()).isIn(TAGS);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute of <%s>", element.normalName()).isIn("href", "rel");
                assertThat(element.normalName()).isEqualTo("a");
                if (name.equals("href")) {
                    String href = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(href).as("no javascript:, data: or relative links").matches("(?s)https?://.*");
                } else {
                    assertThat(attribute.getValue()).isEqualTo("nofollow noopener");
                }
            }
        }
        for (Node child : body.childNodes()) {
            assertThat(child).as("top-level node %s", child).isInstanceOfSatisfying(Element.class,
                    e -> assertThat(e.normalName()).isIn(BLOCKS));
        }
    }
}
