package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code GET /api/body-rules} tells the editor is what {@link EntryBody} keeps, no more and no less. */
class BodyAllowlistTest {

    private static final String EVERY_ALLOWED = "<p>a <em>b</em> <strong>c</strong> <b>d</b> <i>e</i><br>f "
            + "<a href=\"https://example.org/\" rel=\"nofollow noopener\">g</a></p><ul><li>h</li></ul><ol><li>i</li></ol>"
            + "<blockquote><p>j</p></blockquote>";

    @Test
    void aBodyOfEveryAllowedElementIsKeptAsItIs() {
        Set<String> used = new TreeSet<>();
        Jsoup.parseBodyFragment(EVERY_ALLOWED).body().select("*").forEach(e -> used.add(e.normalName()));
        used.remove("body");
        assertThat(used).as("the sample names every allowed element").isEqualTo(new TreeSet<>(BodyAllowlist.NEWSROOM.elements().keySet()));
        assertThat(EntryBody.sanitize(EVERY_ALLOWED).html()).isEqualTo(EVERY_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"u", "s", "span", "h1", "h2", "sup", "font", "table", "div", "code"})
    void anElementOutsideTheListLosesItsTagAndKeepsItsText(String tag) {
        assertThat(BodyAllowlist.NEWSROOM.elements()).doesNotContainKey(tag);
        String html = EntryBody.sanitize("<p>x <" + tag + " style=\"color:red\">y</" + tag + "> z</p>").html();
        assertThat(html).doesNotContain("<" + tag).doesNotContain("style").contains("y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:desk@example.org", "ftp://example.org/", "/relative"})
    void aLinkOutsideTheAllowedSchemesKeepsOnlyItsText(String href) {
        assertThat(BodyAllowlist.NEWSROOM.protocols().get("a.href")).containsExactly("http", "https");
        assertThat(EntryBody.sanitize("<p><a href=\"" + href + "\">here</a></p>").html()).doesNotContain("href");
    }

    @Test
    void imagesAndTheirAttributesAreNeverKept() {
        assertThat(EntryBody.sanitize("<p>x<img src=\"https://example.org/a.jpg\" alt=\"a\"></p>").html()).isEqualTo("<p>x</p>");
    }
}
