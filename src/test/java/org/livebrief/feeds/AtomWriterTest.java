package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.count;
import static org.livebrief.feeds.FeedChecks.xpath;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomWriterTest {

    private final Document atom = FeedChecks.atom(AtomWriter.write(SampleFeeds.briefing(false)));

    @Test
    void feedHasLanguageSelfHubAlternateAndArchiveLinks() {
        assertThat(xpath(atom, "/a:feed/@xml:lang")).isEqualTo("en");
        assertThat(xpath(atom, "/a:feed/a:id")).isEqualTo("tag:news.example.com,2026:livebrief/briefing/1");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='self']/@href"))
                .isEqualTo("https://news.example.com/livebrief/feeds/briefings/kyiv-talks.atom");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='self']/@type")).isEqualTo("application/atom+xml");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='hub']/@href")).isEqualTo("https://hub.example.com/");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='alternate'][@type='text/html']/@href"))
                .isEqualTo("https://news.example.com/livebrief/briefings/kyiv-talks");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='prev-archive']/@href"))
                .isEqualTo("https://news.example.com/livebrief/feeds/briefings/kyiv-talks/archive/3.atom");
        assertThat(count(atom, "/a:feed/fh:complete")).isZero();
        assertThat(xpath(atom, "/a:feed/a:title")).isEqualTo("Russia–Ukraine talks <live>");
    }

    @Test
    void entriesKeepTheirIdAndPublishedAndShowTheCorrectionNote() {
        String entry = "/a:feed/a:entry[a:id='tag:news.example.com,2026:livebrief/entry/7']";
        assertThat(xpath(atom, entry + "/@xml:lang")).isEqualTo("en");
        assertThat(xpath(atom, entry + "/a:published")).isEqualTo("2022-03-29T09:15:00Z");
        assertThat(xpath(atom, entry + "/a:updated")).isEqualTo("2022-03-29T11:05:30.250Z");
        assertThat(xpath(atom, entry + "/a:content/@type")).isEqualTo("html");
        assertThat(xpath(atom, entry + "/a:content")).contains("<p class=\"correction\"><em>Correction")
                .contains("wrong city");
        assertThat(xpath(atom, entry + "/a:link[@rel='alternate']/@href")).endsWith("/briefings/kyiv-talks#entry-7");
        assertThat(xpath(atom, entry + "/a:author/a:name")).isEqualTo("Olena Koval");
        assertThat(xpath(atom, entry + "/a:title")).isEqualTo("Talks resume in Istanbul");
    }

    @Test
    void retractionIsATombstoneWithReasonAndNoContent() {
        assertThat(xpath(atom, "/a:feed/at:deleted-entry/@ref")).isEqualTo("tag:news.example.com,2026:livebrief/entry/6");
        assertThat(xpath(atom, "/a:feed/at:deleted-entry/@when")).isEqualTo("2022-03-29T12:00:00Z");
        assertThat(xpath(atom, "/a:feed/at:deleted-entry/at:comment")).isEqualTo("Unverified claim");
        assertThat(count(atom, "/a:feed/a:entry[a:id='tag:news.example.com,2026:livebrief/entry/6']")).isZero();
    }

    @Test
    void closedBriefingIsCompleteWithoutArchiveLinks() {
        Document complete = FeedChecks.atom(AtomWriter.write(SampleFeeds.briefing(true)));
        assertThat(count(complete, "/a:feed/fh:complete")).isEqualTo(1);
        assertThat(count(complete, "/a:feed/a:link[@rel='prev-archive']")).isZero();
    }

    @Test
    void relaxNgCatchesAnInvalidFeed() {
        byte[] noId = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2022-03-29T09:15:00Z</updated></feed>"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(FeedChecks.relaxNgErrors(noId)).isNotEmpty();
    }
}
