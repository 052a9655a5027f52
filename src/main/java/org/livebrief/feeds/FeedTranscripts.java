package org.livebrief.feeds;

import java.util.List;
import org.livebrief.briefing.Transcript;

/**
 * A feed read in the other script of its language ({@code ?script=Latn}, issue #18, item 4): every text a reader sees
 * (titles, summaries, the entries' HTML text nodes, bylines, captions, notes) through the briefing's {@link Transcript},
 * the language tag the target's ({@code sr-Latn}), and the feed's own links carrying the same parameter, so
 * {@code rel="self"} is the URL served. Ids and entry permalinks stay those of the feed as written.
 */
final class FeedTranscripts {

    private FeedTranscripts() {
    }

    static Feed of(Feed feed, Transcript transcript) {
        String query = "?" + org.livebrief.briefing.Scripts.PARAMETER + "=" + transcript.script();
        Feed.Links l = feed.links();
        Feed.Links links = new Feed.Links(with(l.self(), query), with(l.alternate(), query), l.hub(), with(l.current(), query),
                with(l.prevArchive(), query), with(l.nextArchive(), query),
                l.formats().stream().map(f -> new Feed.Format(f.mediaType(), with(f.href(), query))).toList());
        List<Feed.Item> items = feed.items().stream().map(i -> new Feed.Item(i.entryId(), i.id(), transcript.text(i.title()),
                transcript.text(i.summary()), transcript.html(i.html()),
                i.authors().stream().map(a -> new Feed.Author(transcript.text(a.name()), a.url(), transcript.text(a.role()))).toList(),
                i.pictures().stream().map(p -> new Feed.Picture(p.main(), p.renditions(), transcript.text(p.alt()),
                        transcript.text(p.caption()), transcript.text(p.credit()))).toList(),
                i.published(), i.updated(), i.link(), tag(i.language(), transcript), transcript.text(i.located()))).toList();
        List<Feed.Tombstone> tombstones = feed.tombstones().stream().map(t -> new Feed.Tombstone(t.entryId(), t.ref(), t.when(),
                transcript.text(t.reason()), t.link(), tag(t.language(), transcript))).toList();
        return new Feed(feed.id(), transcript.text(feed.title()), transcript.text(feed.subtitle()), transcript.tag(),
                feed.updated(), links, feed.complete(), feed.archive(), items, tombstones);
    }

    private static String with(String url, String query) {
        return url == null ? null : url + query;
    }

    private static String tag(String language, Transcript transcript) {
        return language == null ? null : transcript.tag();
    }
}
