package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OEmbedTest {

    static final OEmbed BRIEFING = new OEmbed("https://news.example.org/livebrief/briefings/kyiv",
            "Kyiv \"live\" <b>& more</b>", "https://news.example.org/livebrief/live/embed.js", false,
            java.util.List.of("briefing-1"));

    @Test
    void aRichResponseWithAnIframeOfTheEmbedVersionAndTheLoader() {
        JsonObject json = BRIEFING.json("Desk", "https://news.example.org/livebrief/", null, null);
        assertThat(json.getString("version")).isEqualTo("1.0");
        assertThat(json.getString("type")).isEqualTo("rich");
        assertThat(json.getInt("width")).isEqualTo(OEmbed.WIDTH);
        assertThat(json.getInt("height")).isEqualTo(OEmbed.BRIEFING_HEIGHT);
        Document html = Jsoup.parseBodyFragment(json.getString("html"));
        Element iframe = html.selectFirst("iframe[data-livebrief]");
        assertThat(iframe).isNotNull();
        assertThat(iframe.attr("src")).isEqualTo("https://news.example.org/livebrief/briefings/kyiv?embed=1");
        assertThat(iframe.attr("title")).isEqualTo("Kyiv \"live\" <b>& more</b>");
        assertThat(html.select("b")).as("the title stays text").isEmpty();
        assertThat(html.selectFirst("script").attr("src")).isEqualTo("https://news.example.org/livebrief/live/embed.js");
    }

    @Test
    void maxwidthAndMaxheightAreHonoured() {
        JsonObject json = BRIEFING.json("Desk", "https://news.example.org/livebrief/", 300, 200);
        assertThat(json.getInt("width")).isEqualTo(300);
        assertThat(json.getInt("height")).isEqualTo(200);
        Element iframe = Jsoup.parseBodyFragment(json.getString("html")).selectFirst("iframe");
        assertThat(iframe.attr("width")).isEqualTo("300");
        assertThat(iframe.attr("style")).contains("max-width:300px");
        JsonObject wide = BRIEFING.json("Desk", "https://news.example.org/livebrief/", 5000, 5000);
        assertThat(wide.getInt("width")).isEqualTo(OEmbed.WIDTH);
        assertThat(wide.getInt("height")).isEqualTo(OEmbed.BRIEFING_HEIGHT);
    }
}
