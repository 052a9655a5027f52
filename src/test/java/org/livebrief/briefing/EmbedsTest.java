package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.livebrief.embeds.EmbedProviders;
import org.livebrief.embeds.OEmbedProvider;
import org.livebrief.embeds.Provider;
import org.livebrief.platform.ProblemException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Embeds in entry bodies: rebuilt by Livebrief from the URL, never taken from the author's markup (issue #17, item 2). */
class EmbedsTest {

    private static final String WATCH = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    private static final String STORED = "<figure class=\"embed\" data-embed=\"youtube\" data-embed-url=\"" + WATCH.replace("&", "&amp;")
            + "\" data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"><figcaption><small>YouTube</small> "
            + "<a href=\"" + WATCH + "\" rel=\"nofollow noopener\">Press briefing</a></figcaption></figure>";

    @Test
    void theComposersFigureIsStoredInTheOneShapeAndStaysStable() {
        EntryBody body = EntryBody.sanitize("<p>Watch:</p><figure data-embed-url=\"https://youtu.be/dQw4w9WgXcQ\" "
                + "data-embed-title=\"Press briefing\"></figure>");
        assertThat(body.html()).isEqualTo("<p>Watch:</p>" + STORED);
        assertThat(EntryBody.sanitize(body.html()).html()).as("saved again").isEqualTo(body.html());
        assertThat(body.excerpt()).isEqualTo("Watch: YouTube Press briefing");
    }

    @Test
    void anEmbedAloneIsAnEntryAndWithoutATitleItsLinkIsTheAddress() {
        EntryBody body = EntryBody.sanitize("<figure data-embed-url=\"https://vimeo.com/76979871\"></figure>");
        Element figure = Jsoup.parseBodyFragment(body.html()).selectFirst("figure.embed");
        assertThat(figure.attr("data-embed-src")).isEqualTo("https://player.vimeo.com/video/76979871?dnt=1");
        assertThat(figure.selectFirst("a").text()).isEqualTo("https://vimeo.com/76979871");
        assertThat(EntryBody.sanitize(body.html()).html()).isEqualTo(body.html());
    }

    @Test
    void aBareAllowedUrlOnItsOwnLineOfPlainTextBecomesAnEmbed() {
        EntryBody body = EntryBody.sanitize("Statement just now:\n\nhttps://x.com/Ukraine/status/1498300925938868227\n\nhttps://example.org/not-a-provider");
        assertThat(body.html()).startsWith("<p>Statement just now:</p><figure class=\"embed\" data-embed=\"x\"")
                .contains("data-embed-src=\"https://platform.twitter.com/embed/Tweet.html?id=1498300925938868227&amp;dnt=true\"")
                .endsWith("<p>https://example.org/not-a-provider</p>");
    }

    @Test
    void whatAnAuthorWritesOnTheFigureIsIgnored() {
        EntryBody body = EntryBody.sanitize("<figure data-embed-url=\"" + WATCH + "\" data-embed-src=\"https://evil.example/x\" "
                + "class=\"embed evil\" onclick=\"alert(1)\" style=\"x\"><iframe src=\"https://evil.example/\"></iframe>"
                + "<script>alert(1)</script><img src=\"https://tracker.example/p.gif\" alt=\"x\"><figcaption><a href=\"javascript:alert(1)\">"
                + "Press briefing</a></figcaption></figure>");
        assertThat(body.html()).isEqualTo(STORED);
    }

    @Test
    void rawFramesScriptsAndLookAlikeFiguresAreStillStripped() {
        assertThat(EntryBody.sanitize("<p>a</p><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>"
                + "<script src=\"https://platform.twitter.com/widgets.js\"></script><embed src=\"x.swf\"><object data=\"x\"></object>").html())
                .isEqualTo("<p>a</p>");
        assertThat(EntryBody.sanitize("<figure class=\"embed\" data-embed-src=\"https://evil.example/\"><figcaption>x</figcaption></figure>").html())
                .as("a figure claiming to be an embed without a URL").isEqualTo("<p>x</p>");
        assertThat(EntryBody.sanitize("<blockquote class=\"twitter-tweet\"><p>t</p><a href=\"https://twitter.com/a/status/1\">x</a></blockquote>"
                + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>").html())
                .doesNotContain("script").doesNotContain("class").doesNotContain("data-embed");
    }

    @Test
    void aRefusedOrNestedEmbedIsNotAFrame() {
        assertThat(EntryBody.sanitize("<figure data-embed-url=\"https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ\"></figure><p>b</p>").html())
                .isEqualTo("<p>https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ</p><p>b</p>");
        assertThat(EntryBody.sanitize("<ul><li>a<figure data-embed-url=\"" + WATCH + "\"></figure></li></ul>").html())
                .doesNotContain("data-embed");
    }

    @Test
    void refusalsNameEachUrlAndItsReason() {
        assertThat(Embeds.refusals("<figure data-embed-url=\"javascript:alert(1)\"></figure><figure data-embed-url=\"" + WATCH
                + "\"></figure><figure data-embed-url=\"https://evil.example/v\"></figure>", EmbedProviders.defaults()))
                .containsExactly("embed javascript:alert(1): must be an https:// address (other schemes, such as javascript: or data:, are never embedded)",
                        "embed https://evil.example/v: is on evil.example, which is not on this site's embed allowlist "
                                + "(allowed: YouTube, Vimeo, X, Telegram, Instagram, Facebook, TikTok, SoundCloud)");
        assertThatThrownBy(() -> new EntryRequest(null, "<figure data-embed-url=\"data:text/html,x\"></figure>", null, null).validBody())
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void anAdminsProviderWithoutItsPlayerOriginIsALinkAndWithItKeepsOnlyThatOrigin() {
        EmbedProviders providers = new EmbedProviders(Set.of(Provider.YOUTUBE), List.of(new OEmbedProvider("media", "Media Hub",
                List.of("https://media.example/v/*"), URI.create("https://media.example/oembed"), "https://player.media.example")));
        String kept = EntryBody.sanitize("<figure data-embed-url=\"https://media.example/v/1\" data-embed-src=\"https://player.media.example/e/1\"></figure>",
                providers).html();
        assertThat(kept).contains("data-embed=\"media\"").contains("data-embed-src=\"https://player.media.example/e/1\"");
        String dropped = EntryBody.sanitize("<figure data-embed-url=\"https://media.example/v/1\" data-embed-src=\"https://evil.example/e/1\"></figure>",
                providers).html();
        assertThat(dropped).contains("data-embed=\"media\"").doesNotContain("data-embed-src");
        assertThat(EntryBody.sanitize("<figure data-embed-url=\"https://vimeo.com/1\"></figure>", providers).html())
                .as("a provider this site turned off").isEqualTo("<p>https://vimeo.com/1</p>");
    }
}
