package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.count;
import static org.livebrief.feeds.FeedChecks.xpath;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RssWriterTest {

    private final Document rss = FeedChecks.parse(RssWriter.write(SampleFeeds.briefing(false, FeedFormat.RSS)));

    @Test
    void itemsHaveOpaqueGuidsCreatorsAndOneDate() {
        String item = "/rss/channel/item[guid='tag:news.example.com,2026:livebrief/entry/7']";
        assertThat(xpath(rss, item + "/guid/@isPermaLink")).isEqualTo("false");
        assertThat(xpath(rss, item + "/dc:creator")).isEqualTo("Olena Koval");
        assertThat(xpath(rss, item + "/pubDate")).isEqualTo("Tue, 29 Mar 2022 09:15:00 GMT");
        assertThat(xpath(rss, item + "/description")).contains("wrong city");
        assertThat(count(rss, "//item/dc:date")).isZero();
        assertThat(count(rss, "//item/pubDate")).isEqualTo(2);
        assertThat(count(rss, "//item[guid='tag:news.example.com,2026:livebrief/entry/6']")).isZero();
    }

    @Test
    void channelLinksItselfAndTheHub() {
        assertThat(xpath(rss, "/rss/@version")).isEqualTo("2.0");
        assertThat(xpath(rss, "/rss/channel/a:link[@rel='self']/@href"))
                .isEqualTo("https://news.example.com/livebrief/feeds/briefings/kyiv-talks.rss");
        assertThat(xpath(rss, "/rss/channel/a:link[@rel='hub']/@href")).isEqualTo("https://hub.example.com/");
        assertThat(xpath(rss, "/rss/channel/language")).isEqualTo("en");
    }

    /** Readers render a channel's description as HTML: the plain-text summary must arrive as text (XssIT found it). */
    @Test
    void theChannelDescriptionIsThePlainTextSummaryEscapedForHtml() {
        assertThat(xpath(rss, "/rss/channel/description")).isEqualTo("Day 34 &amp; counting");
        Feed f = SampleFeeds.briefing(false, FeedFormat.RSS);
        Feed withMarkup = new Feed(f.id(), f.title(), "<img src=x onerror=alert(1)>", f.language(), f.updated(),
                f.links(), f.complete(), f.archive(), f.items(), f.tombstones());
        assertThat(xpath(FeedChecks.parse(RssWriter.write(withMarkup)), "/rss/channel/description"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void datesAreEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("uk"));
            assertThat(RssWriter.date(SampleFeeds.RETRACTED)).isEqualTo("Tue, 29 Mar 2022 12:00:00 GMT");
        } finally {
            Locale.setDefault(before);
        }
    }
}
