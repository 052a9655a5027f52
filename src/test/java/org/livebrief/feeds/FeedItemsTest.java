package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedItemsTest {

    static final String HASH = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void ourPicturesGetAbsoluteAddressesInFeeds() {
        FeedItems items = new FeedItems(new TagIds("news.example.com"), "https://news.example.com", locale -> null, path -> java.util.OptionalLong.empty());
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
    void picturesTravelAtTheWidestRenditionUpTo1600WithSizesCaptionCreditAndProportions() {
        java.util.Map<String, Long> sizes = java.util.Map.of("/livebrief/media/" + HASH + "-1600.jpg", 250_000L);
        FeedItems items = new FeedItems(new TagIds("news.example.com"), "https://news.example.com", locale -> null,
                path -> sizes.containsKey(path) ? java.util.OptionalLong.of(sizes.get(path)) : java.util.OptionalLong.empty());
        String body = "<p>Two pictures.</p><figure><img src=\"/livebrief/media/" + HASH + "-640.jpg\" srcset=\""
                + "/livebrief/media/" + HASH + "-2400.jpg 2400w, /livebrief/media/" + HASH + "-320.jpg 320w, "
                + "/livebrief/media/" + HASH + "-1600.jpg 1600w, /livebrief/media/" + HASH + "-640.jpg 640w\""
                + " alt=\"Smoke\" width=\"640\" height=\"480\"><figcaption>Market <b>hall</b>"
                + " <small>Photo: Agency</small></figcaption></figure>"
                + "<figure><img src=\"/livebrief/media/" + HASH.replace('0', 'f') + "-320.png\" alt=\"Map\"></figure>";
        java.util.List<Feed.Picture> pictures = items.pictures(body);
        assertThat(pictures).hasSize(2);
        Feed.Picture photo = pictures.get(0);
        assertThat(photo.main().url()).isEqualTo("https://news.example.com/livebrief/media/" + HASH + "-1600.jpg");
        assertThat(photo.main().height()).as("4:3 from the figure's attributes").isEqualTo(1200);
        assertThat(photo.main().length()).isEqualTo(250_000L);
        assertThat(photo.renditions()).extracting(Feed.Rendition::width).containsExactly(320, 640, 1600, 2400);
        assertThat(photo.renditions().get(0).length()).as("unknown size").isEqualTo(-1);
        assertThat(photo.caption()).isEqualTo("Market hall");
        assertThat(photo.credit()).isEqualTo("Photo: Agency");
        assertThat(photo.description()).isEqualTo("Market hall");
        Feed.Picture map = pictures.get(1);
        assertThat(map.main().type()).isEqualTo("image/png");
        assertThat(map.main().width()).as("no srcset, no width attribute").isZero();
        assertThat(map.main().height()).isZero();
        assertThat(map.caption()).isEmpty();
        assertThat(map.description()).as("the alt text when there is no caption").isEqualTo("Map");
        assertThat(items.pictures("<p>No picture.</p>")).isEmpty();
    }

    @Test
    void jsonFeedsOwnTypeGoesOnlyToClientsThatNameIt() {
        assertThat(RenderedFeed.acceptsFeedJson("application/feed+json")).isTrue();
        assertThat(RenderedFeed.acceptsFeedJson("application/json, Application/Feed+JSON;q=0.8")).isTrue();
        assertThat(RenderedFeed.acceptsFeedJson("application/feed+json;q=0")).isFalse();
        assertThat(RenderedFeed.acceptsFeedJson("application/feed+json; q=0.000")).isFalse();
        assertThat(RenderedFeed.acceptsFeedJson("*/*")).isFalse();
        assertThat(RenderedFeed.acceptsFeedJson(null)).isFalse();
        assertThat(RenderedFeed.acceptsFeedJson(";,;")).isFalse();
        RenderedFeed json = RenderedFeed.of(new byte[] {'{', '}'}, FeedFormat.JSON_FEED, java.time.Instant.EPOCH,
                new org.livebrief.platform.CachePolicy.Headers("max-age=1", "max-age=1", null, null), "", 1, 1, 0);
        assertThat(json.contentType("*/*")).isEqualTo("application/json;charset=UTF-8");
        assertThat(json.contentType("application/feed+json")).isEqualTo("application/feed+json;charset=UTF-8");
        assertThat(json.vary()).isEqualTo("Accept-Encoding, Accept");
        RenderedFeed atom = RenderedFeed.of(new byte[] {'<', '/', '>'}, FeedFormat.ATOM, java.time.Instant.EPOCH,
                new org.livebrief.platform.CachePolicy.Headers("max-age=1", "max-age=1", null, null), "", 1, 1, 0);
        assertThat(atom.contentType("application/feed+json")).startsWith("application/atom+xml");
        assertThat(atom.vary()).isEqualTo("Accept-Encoding");
    }

    @Test
    void anEmbedIsAPlainLinkInFeeds() {
        FeedItems items = new FeedItems(new TagIds("news.example.com"), "https://news.example.com", locale -> null,
                path -> java.util.OptionalLong.empty());
        String body = org.livebrief.briefing.EntryBody.sanitize("<p>Watch:</p><figure data-embed-url=\"https://youtu.be/dQw4w9WgXcQ\" "
                + "data-embed-title=\"Briefing\"></figure>").html();
        assertThat(body).contains("data-embed-src");
        assertThat(items.absolute(body)).isEqualTo("<p>Watch:</p><p><small>YouTube</small> "
                + "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\" rel=\"nofollow noopener\">Briefing</a></p>");
    }
}
