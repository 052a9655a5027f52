package org.livebrief.embeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A pasted URL becomes an embed only as an allowed provider's post, with the player address built by us (issue #17, item 2). */
class EmbedProvidersTest {

    private final EmbedProviders all = EmbedProviders.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s|youtube|https://www.youtube.com/watch?v=dQw4w9WgXcQ|https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ|youtube|https://www.youtube.com/watch?v=dQw4w9WgXcQ|https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "http://m.youtube.com/shorts/dQw4w9WgXcQ|youtube|https://www.youtube.com/watch?v=dQw4w9WgXcQ|https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://WWW.YouTube.com./watch?feature=share&v=dQw4w9WgXcQ|youtube|https://www.youtube.com/watch?v=dQw4w9WgXcQ|https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871|vimeo|https://vimeo.com/76979871|https://player.vimeo.com/video/76979871?dnt=1",
            "https://player.vimeo.com/video/76979871|vimeo|https://vimeo.com/76979871|https://player.vimeo.com/video/76979871?dnt=1",
            "https://twitter.com/Ukraine/status/1498300925938868227?s=20|x|https://x.com/Ukraine/status/1498300925938868227|https://platform.twitter.com/embed/Tweet.html?id=1498300925938868227&dnt=true",
            "https://x.com/ZelenskyyUa/status/1498300925938868227/photo/1|x|https://x.com/ZelenskyyUa/status/1498300925938868227|https://platform.twitter.com/embed/Tweet.html?id=1498300925938868227&dnt=true",
            "https://t.me/ukrpravda_news/123456|telegram|https://t.me/ukrpravda_news/123456|https://t.me/ukrpravda_news/123456?embed=1",
            "https://t.me/s/ukrpravda_news/123456|telegram|https://t.me/ukrpravda_news/123456|https://t.me/ukrpravda_news/123456?embed=1",
            "https://www.instagram.com/p/CaBcD3fGh1-/?utm_source=ig|instagram|https://www.instagram.com/p/CaBcD3fGh1-/|https://www.instagram.com/p/CaBcD3fGh1-/embed/",
            "https://instagram.com/reel/Cx_9abcdEF/|instagram|https://www.instagram.com/reel/Cx_9abcdEF/|https://www.instagram.com/reel/Cx_9abcdEF/embed/",
            "https://www.facebook.com/zelenskiy.official/posts/pfbid0abc123|facebook|https://www.facebook.com/zelenskiy.official/posts/pfbid0abc123/|https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fzelenskiy.official%2Fposts%2Fpfbid0abc123%2F",
            "https://m.facebook.com/watch/?v=1234567890|facebook|https://www.facebook.com/watch/?v=1234567890|https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890",
            "https://www.tiktok.com/@reuters/video/7212345678901234567?lang=en|tiktok|https://www.tiktok.com/@reuters/video/7212345678901234567|https://www.tiktok.com/embed/v2/7212345678901234567",
            "https://soundcloud.com/bbc-world-service/the-newsroom|soundcloud|https://soundcloud.com/bbc-world-service/the-newsroom|https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fbbc-world-service%2Fthe-newsroom",
    })
    void eachProviderBuildsItsPlayerFromTheIdsInTheUrl(String pasted, String provider, String url, String frameSrc) throws EmbedRefused {
        Embed embed = all.embed(pasted);
        assertThat(embed.provider()).isEqualTo(provider);
        assertThat(embed.url()).isEqualTo(url);
        assertThat(embed.frameSrc()).isEqualTo(frameSrc);
        assertThat(all.embed(embed.url())).as("the canonical URL is itself accepted").isEqualTo(embed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JAVASCRIPT://www.youtube.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//www.youtube.com/watch?v=dQw4w9WgXcQ",
            "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://evil.example\\@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
            "https://www.yоutube.com/watch?v=dQw4w9WgXcQ",
            "https://xn--yutube-wqf.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>",
            "https://www.youtube.com/watch?v=dQw4w9WgX",
            "https://www.youtube.com/watch?v=../../x/abc",
            "https://www.youtube.com/channel/UC123",
            "https://youtu.be/dQw4w9WgXcQ/../../evil",
            "https://t.me/joinchat/AAAAAE",
            "https://x.com/home",
            "https://x.com/a/status/1%2F..%2Fevil",
            "https://www.facebook.com/login.php?next=https://evil.example",
            "https://soundcloud.com/discover/sets",
            "https://vimeo.com/76979871 onload=alert(1)",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ\nhttps://evil.example",
            "https://192.168.0.1/watch?v=dQw4w9WgXcQ",
            "https://[::1]/watch?v=dQw4w9WgXcQ",
            "",
            " ",
    })
    void hostileAndMalformedUrlsAreRefusedWithAReason(String pasted) {
        assertThatThrownBy(() -> all.embed(pasted)).isInstanceOf(EmbedRefused.class)
                .hasMessageNotContaining("Exception").satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void anOverlongUrlIsRefusedBeforeItIsParsed() {
        String url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&pad=" + "a".repeat(EmbedProviders.MAX_URL_CHARS);
        assertThatThrownBy(() -> all.embed(url)).isInstanceOf(EmbedRefused.class).hasMessageContaining("longer than 2048");
    }

    @Test
    void theReasonNamesWhatIsWrong() {
        assertThatThrownBy(() -> all.embed("javascript:alert(1)")).hasMessageContaining("https://");
        assertThatThrownBy(() -> all.embed("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ"))
                .hasMessageContaining("youtube.com.evil.example").hasMessageContaining("allowlist");
        assertThatThrownBy(() -> all.embed("https://a:b@www.youtube.com/")).hasMessageContaining("user name");
        assertThatThrownBy(() -> all.embed("https://www.youtube.com/channel/UC123")).hasMessageContaining("YouTube");
    }

    @Test
    void aProviderTheAdminTurnedOffIsRefusedAndLeavesTheFrameSources() throws EmbedRefused {
        EmbedProviders onlyVideo = new EmbedProviders(Set.of(Provider.YOUTUBE, Provider.VIMEO), List.of());
        assertThat(onlyVideo.embed("https://vimeo.com/76979871").provider()).isEqualTo("vimeo");
        assertThatThrownBy(() -> onlyVideo.embed("https://x.com/a/status/1")).hasMessageContaining("does not allow");
        assertThat(onlyVideo.frameOrigins()).containsExactly("https://www.youtube-nocookie.com", "https://player.vimeo.com");
        assertThat(onlyVideo.allowsFrame("youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")).isTrue();
        assertThat(onlyVideo.allowsFrame("x", "https://platform.twitter.com/embed/Tweet.html?id=1")).isFalse();
        assertThat(onlyVideo.allowsFrame("youtube", "https://www.youtube-nocookie.com.evil.example/x")).isFalse();
    }

    @Test
    void theDefaultAllowlistHasEveryMajorProvider() {
        assertThat(all.names()).isEqualTo("YouTube, Vimeo, X, Telegram, Instagram, Facebook, TikTok, SoundCloud");
        assertThat(all.frameOrigins()).hasSize(8).allSatisfy(o -> assertThat(o).startsWith("https://"));
    }

    @Test
    void anAdminsOEmbedProviderMatchesItsSchemesOnly() throws EmbedRefused {
        OEmbedProvider media = new OEmbedProvider("media", "Media Hub", List.of("https://*.media.example/videos/*"),
                URI.create("https://media.example/oembed"), "https://player.media.example");
        EmbedProviders providers = new EmbedProviders(Set.of(), List.of(media));
        Embed embed = providers.embed("https://www.media.example/videos/42");
        assertThat(embed).isEqualTo(new Embed("media", "Media Hub", "https://www.media.example/videos/42", null));
        for (String other : List.of("https://evil.example/?.media.example/videos/1", "https://media.example.evil.example/videos/1",
                "https://a.b.media.example/videos/1", "https://www.media.example/photos/1")) {
            assertThatThrownBy(() -> providers.embed(other)).as(other).isInstanceOf(EmbedRefused.class);
        }
        assertThat(providers.frameOrigins()).containsExactly("https://player.media.example");
        assertThat(providers.allowsFrame("media", "https://player.media.example/e/42")).isTrue();
        assertThat(providers.allowsFrame("media", "https://player.media.example.evil/e/42")).isFalse();
    }
}
