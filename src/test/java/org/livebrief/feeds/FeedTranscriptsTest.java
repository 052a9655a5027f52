package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.feeds.FeedChecks.xpath;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.briefing.Scripts;
import org.w3c.dom.Document;

class FeedTranscriptsTest {

    private static Feed serbian() {
        FeedRequest request = FeedRequest.parse("/briefings/pregovori.atom").orElseThrow();
        String base = SampleFeeds.BASE;
        Feed.Links links = FeedPaths.links(request, base, base + "/livebrief/briefings/pregovori", null, 2, null);
        Feed.Item item = new Feed.Item(5, SampleFeeds.IDS.entry(5), "Преговори у Београду", "Вучић у Београду.",
                "<p>Вучић у <a href=\"https://example.org/Београд\">Београду</a>, ЊЕГОШ и Џон.</p>",
                List.of(new Feed.Author("Јелена Љубић", null, null)), List.of(), SampleFeeds.PUBLISHED, SampleFeeds.PUBLISHED,
                base + "/livebrief/briefings/pregovori/entries/5", "sr", "Ниш");
        return new Feed(SampleFeeds.IDS.briefing(3, false), "Преговори", "Уживо", "sr", SampleFeeds.PUBLISHED, links,
                false, false, List.of(item), List.of());
    }

    @Test
    void anAtomFeedInCyrillicReadsInLatinWithItsLinksAndLanguage() {
        Feed latin = FeedTranscripts.of(serbian(), Scripts.of("sr", "Latn").orElseThrow());
        byte[] bytes = AtomWriter.write(latin);
        assertThat(FeedChecks.relaxNgErrors(bytes)).isEmpty();
        Document atom = FeedChecks.atom(bytes);
        assertThat(xpath(atom, "/a:feed/@xml:lang")).isEqualTo("sr-Latn");
        assertThat(xpath(atom, "/a:feed/a:title")).isEqualTo("Pregovori");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='self']/@href"))
                .isEqualTo("https://news.example.com/livebrief/feeds/briefings/pregovori.atom?script=Latn");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='alternate'][@type='text/html']/@href"))
                .isEqualTo("https://news.example.com/livebrief/briefings/pregovori?script=Latn");
        assertThat(xpath(atom, "/a:feed/a:link[@rel='prev-archive']/@href")).endsWith("/archive/2.atom?script=Latn");
        assertThat(xpath(atom, "/a:feed/a:entry/@xml:lang")).isEqualTo("sr-Latn");
        assertThat(xpath(atom, "/a:feed/a:entry/a:title")).isEqualTo("Pregovori u Beogradu");
        assertThat(xpath(atom, "/a:feed/a:entry/a:author/a:name")).isEqualTo("Jelena Ljubić");
        assertThat(xpath(atom, "/a:feed/a:entry/a:id")).isEqualTo(SampleFeeds.IDS.entry(5));
        assertThat(xpath(atom, "/a:feed/a:entry/a:content")).contains("Vučić u <a href=\"https://example.org/Београд\">Beogradu</a>, NJEGOŠ i Džon.");
    }
}
