package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedItemsTest {

    static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void ourPicturesGetAbsoluteAddressesInFeeds() {
        FeedItems items = new FeedItems(new TagIds("news.example.com"), "https://news.example.com", locale -> null);
        String body = "<p>Fire.</p><figure><img src=\"/livebrief/media/" + HASH + "-640.jpg\" srcset=\"/livebrief/media/"
                + HASH + "-320.jpg 320w, /livebrief/media/" + HASH + "-640.jpg 640w\" alt=\"Smoke\"><figcaption>Market"
                + " <small>Photo: Agency</small></figcaption></figure>";
        String absolute = items.absolute(body);
        assertThat(absolute).contains("src=\"https://news.example.com/livebrief/media/" + HASH + "-640.jpg\"")
                .contains("srcset=\"https://news.example.com/livebrief/media/" + HASH + "-320.jpg 320w, "
                        + "https://news.example.com/livebrief/media/" + HASH + "-640.jpg 640w\"")
                .doesNotContain("\"/livebrief/media/").contains("<figcaption>Market <small>Photo: Agency</small>");
        String plain = "<p>No picture, a link to <a href=\"/livebrief/briefings/x\">x</a>.</p>";
        assertThat(items.absolute(plain)).as("untouched without a picture").isSameAs(plain);
    }

    @Test
    void anEmbedIsAPlainLinkInFeeds() {
        FeedItems items = new FeedItems(new TagIds("news.example.com"), "https://news.example.com", locale -> null);
        String body = org.livebrief.briefing.EntryBody.sanitize("<p>Watch:</p><figure data-embed-url=\"https://youtu.be/dQw4w9WgXcQ\" "
                + "data-embed-title=\"Briefing\"></figure>").html();
        assertThat(body).contains("data-embed-src");
        assertThat(items.absolute(body)).isEqualTo("<p>Watch:</p><p><small>YouTube</small> "
                + "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"nofollow noopener\">Briefing</a></p>");
    }
}
