package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.MarkupRules;
import org.livebrief.testing.XssVectors;

/**
 * Every vector of the XSS suite through the entry-body sanitizer: nothing unsafe comes out, only the newsroom
 * allow-list does, and sanitising the output again changes nothing. (XssIT sends the same vectors through every
 * input of the running product and reads every output in Chromium.)
 */
class XssVectorsTest {

    private static final Set<String> ALLOWED = Set.of("p", "br", "a", "em", "strong", "b", "i", "ul", "ol", "li",
            "blockquote", "figure", "figcaption", "small");

    @Test
    void theSuiteHasItsVectors() {
        assertThat(XssVectors.all()).hasSizeGreaterThanOrEqualTo(600);
    }

    @Test
    void noVectorLeavesUnsafeMarkup() {
        List<String> failures = new ArrayList<>();
        for (XssVectors.Vector vector : XssVectors.all()) {
            for (String html : List.of(EntryBody.sanitize(vector.text()).html(), EntryBody.sanitize(escapeOnce(vector.text())).html())) {
                MarkupRules.inContent(html).forEach(v -> failures.add(vector + " → " + v));
                for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                    if (e.parent() == null || e.normalName().equals("body")) {
                        continue;
                    }
                    if (!ALLOWED.contains(e.normalName())) {
                        failures.add(vector + " → element " + e.normalName());
                    }
                    e.attributes().forEach(a -> {
                        boolean linkAttribute = e.normalName().equals("a") && (a.getKey().equals("href")
                                && a.getValue().matches("(?i)https?://.*") || a.getKey().equals("rel")
                                && a.getValue().equals("nofollow noopener"));
                        if (!linkAttribute) {
                            failures.add(vector + " → attribute " + a.getKey() + "=" + a.getValue() + " on " + e.normalName());
                        }
                    });
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void sanitisingTwiceEqualsSanitisingOnce() {
        List<String> failures = new ArrayList<>();
        for (XssVectors.Vector vector : XssVectors.all()) {
            EntryBody once = EntryBody.sanitize(vector.text());
            EntryBody twice = EntryBody.sanitize(once.html());
            if (!twice.html().equals(once.html()) || !twice.excerpt().equals(once.excerpt())) {
                failures.add(vector + "\n   once:  " + once.html() + "\n   twice: " + twice.html());
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The vector as text a reporter typed into the composer: TinyMCE sends it escaped inside a paragraph. */
    private static String escapeOnce(String text) {
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }
}
