package org.livebrief.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.OEmbedConsumer;

/**
 * Issue #18 item 6: a host CMS pastes a briefing's or an entry's address and gets a live embed. The consumer is
 * {@link OEmbedConsumer} (WordPress core's discovery algorithm); what it gets must work as an embed: the iframe's page
 * is the embed version, framable, with the script that reports its height; the loader is served.
 */
class OEmbedIT extends DeployedWar {

    @Test
    void aBriefingUrlIsDiscoveredAndEmbeddedWithMaxwidthHonoured() {
        String slug = Api.uniqueSlug("oembed-briefing");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        newsroom.published(briefing, "{\"body\": \"<p>Talks begin at 10:00.</p>\"}");
        String pasted = canonical("briefings/" + slug);

        Map<String, String> providers = OEmbedConsumer.discover(pasted);
        assertThat(providers).containsKey("json");
        assertThat(providers.get("json")).contains("/livebrief/oembed?url=").contains("format=json");

        OEmbedConsumer.Embed embed = OEmbedConsumer.embed(pasted, 400, 1200).orElseThrow();
        JsonObject data = embed.data();
        assertThat(data.getString("version")).isEqualTo("1.0");
        assertThat(data.getString("type")).isEqualTo("rich");
        assertThat(data.getString("title")).isEqualTo("Talks <b>in</b> Istanbul");
        assertThat(data.getInt("width")).isEqualTo(400);
        assertThat(data.getInt("height")).isLessThanOrEqualTo(1200).isPositive();
        assertThat(data.getString("provider_name")).isEqualTo("Livebrief-IT-Desk");
        assertWorkingEmbed(embed.html(), pasted, 400);
    }

    @Test
    void anEntryUrlIsDiscoveredOnItsPermalinkPageAndEmbedsThatEntry() {
        String slug = Api.uniqueSlug("oembed-entry");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        long entry = newsroom.published(briefing, "{\"body\": \"<p>The delegations have arrived.</p>\"}");
        String pasted = canonical("briefings/" + slug + "/entries/" + entry);
        assertThat(pasted).endsWith("/livebrief/briefings/" + slug + "/entries/" + entry);

        OEmbedConsumer.Embed embed = OEmbedConsumer.embed(pasted, 2000, 300).orElseThrow();
        assertThat(embed.data().getString("type")).isEqualTo("rich");
        assertThat(embed.data().getString("title")).contains("The delegations have arrived");
        assertThat(embed.data().getInt("width")).as("at most the provider's natural width").isEqualTo(OEmbed.WIDTH);
        assertThat(embed.data().getInt("height")).isEqualTo(300);
        Document framed = assertWorkingEmbed(embed.html(), pasted, OEmbed.WIDTH);
        assertThat(framed.select("#entry-" + entry)).hasSize(1);
        assertThat(framed.text()).contains("The delegations have arrived");

        // The entry's place on the live page (#entry-{id}) embeds the entry too.
        String inContext = canonical("briefings/" + slug) + "#entry-" + entry;
        Element iframe = Jsoup.parseBodyFragment(OEmbedConsumer.embed(inContext, 500, 500).orElseThrow().html())
                .selectFirst("iframe");
        assertThat(iframe.attr("src")).endsWith("/entries/" + entry + "?embed=1");
    }

    @Test
    void draftsForeignAndRetractedUrlsAre404AndMalformedRequests400() {
        String slug = Api.uniqueSlug("oembed-hidden");
        Api.Reply draftBriefing = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Not yet", "status": "draft"}""".formatted(slug));
        assertThat(draftBriefing.status()).as(draftBriefing.toString()).isEqualTo(201);
        String live = Api.uniqueSlug("oembed-live");
        long briefing = Newsroom.id(newsroom.briefing(live, "en", "Europe/Kyiv"));
        long draftEntry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"<p>Unconfirmed.</p>\"}"));
        long retracted = newsroom.published(briefing, "{\"body\": \"<p>Wrong.</p>\"}");
        assertThat(newsroom.transition(briefing, retracted, "retract", "editor", "{\"reason\": \"Wrong\"}").status())
                .isEqualTo(200);
        long published = newsroom.published(briefing, "{\"body\": \"<p>Right.</p>\"}");
        String base = canonical("briefings/" + live).replaceFirst("/livebrief/briefings/.*$", "");

        for (String url : new String[] {
                base + "/livebrief/briefings/" + slug,
                base + "/livebrief/briefings/" + live + "/entries/" + draftEntry,
                base + "/livebrief/briefings/" + live + "/entries/" + retracted,
                base + "/livebrief/briefings/" + slug + "/entries/" + published,
                base + "/livebrief/briefings/no-such-briefing-" + live,
                "https://evil.example/livebrief/briefings/" + live,
                base.replace("127.0.0.1", "localhost.evil.example") + "/livebrief/briefings/" + live,
                base + "/livebrief/feeds/briefings/" + live + ".atom",
                base + "/livebrief/briefings/" + live + "/../../api/webhooks"}) {
            Api.Reply reply = oembed(url, "json");
            assertThat(reply.status()).as(url).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(oembed(base + "/livebrief/briefings/" + live + "/entries/" + published, "json").status()).isEqualTo(200);
        assertThat(oembed(base + "/livebrief/briefings/" + live, "xml").status()).as("xml is not served").isEqualTo(501);

        for (String query : new String[] {"", "url=", "url=not%20a%20url", "url=%2Flivebrief%2Fbriefings%2F" + live,
                "url=javascript%3Aalert(1)", "url=" + enc(base + "/livebrief/briefings/" + live) + "&maxwidth=wide",
                "url=" + enc(base + "/livebrief/briefings/" + live) + "&maxwidth=-5",
                "url=" + enc(base + "/livebrief/briefings/" + live) + "&maxheight=99999999999"}) {
            Api.Reply reply = api.get("oembed?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.json().getInt("status")).isEqualTo(400);
            assertThat(reply.body()).doesNotContain("Exception");
        }
    }

    @Test
    void noDiscoveryLinkOnPagesThatAreNotPublic() {
        String slug = Api.uniqueSlug("oembed-gone");
        long briefing = Newsroom.id(newsroom.briefing(slug, "en", "Europe/Kyiv"));
        long entry = newsroom.published(briefing, "{\"body\": \"<p>Soon withdrawn.</p>\"}");
        assertThat(newsroom.transition(briefing, entry, "retract", "editor", "{\"reason\": \"Wrong\"}").status())
                .isEqualTo(200);
        Api.Reply tombstone = api.get("briefings/" + slug + "/entries/" + entry);
        assertThat(tombstone.status()).isEqualTo(410);
        assertThat(Jsoup.parse(tombstone.body()).select("link[type=application/json+oembed]")).isEmpty();
    }

    /** The iframe of {@code html} shows the embed version of {@code pasted}, framable anywhere, sized by the loader. */
    private Document assertWorkingEmbed(String html, String pasted, int width) {
        Document fragment = Jsoup.parseBodyFragment(html);
        Element iframe = fragment.selectFirst("iframe[data-livebrief]");
        assertThat(iframe).as(html).isNotNull();
        assertThat(iframe.attr("src")).isEqualTo(pasted.replaceFirst("#.*$", "") + "?embed=1");
        assertThat(iframe.attr("width")).isEqualTo(String.valueOf(width));
        assertThat(iframe.attr("style")).contains("width:100%").contains("max-width:" + width + "px");
        Element script = fragment.selectFirst("script[src]");
        assertThat(script.attr("src")).endsWith("/livebrief/live/embed.js");
        HttpResponse<String> loader = OEmbedConsumer.fetch(script.attr("src"));
        assertThat(loader.statusCode()).isEqualTo(200);
        assertThat(loader.body()).contains("livebrief:height");

        HttpResponse<String> framed = OEmbedConsumer.fetch(iframe.attr("src"));
        assertThat(framed.statusCode()).isEqualTo(200);
        assertThat(framed.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors *");
        Document page = Jsoup.parse(framed.body());
        assertThat(page.select("header.masthead")).as("the embed version has no masthead").isEmpty();
        assertThat(page.select("script[src$=/live/embed-frame.js]")).as("it reports its height").hasSize(1);
        return page;
    }

    private String canonical(String path) {
        Api.Reply page = api.get(path);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return Optional.ofNullable(Jsoup.parse(page.body()).selectFirst("link[rel=canonical]")).orElseThrow().attr("href");
    }

    private Api.Reply oembed(String url, String format) {
        return api.get("oembed?url=" + enc(url) + "&format=" + format);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
