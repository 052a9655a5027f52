package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.livebrief.briefing.BriefingStatus;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.MediaLengths;
import org.livebrief.briefing.Syndication;
import org.livebrief.platform.Messages;

/**
 * Feeds of one briefing ({@code /feeds/briefings/{slug}…}). The subscription feed holds the newest
 * {@code livebrief.feeds.page-size} entries plus tombstones of recent retractions; archive page {@code n}
 * of all entries holds positions {@code [(n-1)·size, n·size)} in publication order, so once full it keeps
 * its entries for good; key-event archive pages are sealed lists ({@link FeedArchives}), because a
 * key-event flag can change after publication. A closed briefing's feed holds every entry and is marked
 * complete.
 */
@ApplicationScoped
public class BriefingFeeds implements FeedSubjects {

    static final String KIND = "briefings";
    /** A closed briefing larger than this stays paged instead of complete. */
    static final int MAX_COMPLETE = 2000;

    @Inject
    Contributors contributors;

    @Inject
    MediaLengths mediaLengths;

    @Inject
    Briefings briefings;

    @Inject
    Syndication syndication;

    @Inject
    FeedSettings settings;

    @Inject
    FeedArchives archives;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public long latestSeq(FeedRequest request) {
        return briefings.bySlug(request.subject()).map(b -> syndication.latestSeq(b.id())).orElse(0L);
    }

    @Override
    public List<String> surrogateKeys(FeedRequest request) {
        return briefings.bySlug(request.subject()).map(b -> List.of(org.livebrief.platform.CachePolicy.briefing(b.id())))
                .orElse(List.of());
    }

    @Override
    public List<FeedRequest> affectedBy(Change change) {
        return syndication.briefing(change.briefingId()).map(FeedPaths::ofBriefing).orElse(List.of());
    }

    @Override
    public Optional<Feed> feed(FeedRequest request, String base) {
        return briefings.findPublic(request.subject()).flatMap(b -> feed(b, request, base, null));
    }

    @Override
    public Optional<String> language(FeedRequest request) {
        return briefings.findPublic(request.subject()).map(LiveBriefing::language);
    }

    @Override
    public Optional<Feed> feed(FeedRequest request, String base, java.util.Locale readingAs) {
        return briefings.findPublic(request.subject()).flatMap(b -> feed(b, request, base, readingAs));
    }

    private Optional<Feed> feed(LiveBriefing briefing, FeedRequest request, String base, java.util.Locale readingAs) {
        int size = settings.pageSize();
        long total = syndication.count(briefing, request.keyEvents());
        int archives = request.keyEvents() ? sealKeyEvents(briefing, size) : (int) Math.min(Integer.MAX_VALUE, total / size);
        boolean complete = briefing.status() == BriefingStatus.CLOSED && total <= MAX_COMPLETE;
        FeedItems items = new FeedItems(settings.tagIds(), base,
                readingAs == null ? contributors::in : language -> contributors.in(readingAs), mediaLengths,
                syndication::wasPublished);
        String hub = settings.hub().orElse(null);
        String page = items.page(briefing);
        if (request.isArchive()) {
            int n = request.archivePage();
            if (n > archives) {
                return Optional.empty();
            }
            List<Entry> entries = request.keyEvents() ? sealedKeyEvents(briefing, n) : positional(briefing, n, size);
            Feed.Links links = FeedPaths.links(request, base, page, hub, n > 1 ? n - 1 : null, n < archives ? n + 1 : null);
            return Optional.of(feed(briefing, request, links, false, true, items, entries, null));
        }
        List<Entry> entries = complete ? syndication.newestFirst(briefing, request.keyEvents(), MAX_COMPLETE)
                : withRecentRetractions(briefing, syndication.newestFirst(briefing, request.keyEvents(), size), size);
        Feed.Links links = FeedPaths.links(request, base, page, hub, complete || archives == 0 ? null : archives, null);
        return Optional.of(feed(briefing, request, links, complete, false, items, entries, briefing.updatedAt()));
    }

    /**
     * All entries: page {@code n} holds positions {@code [(n-1)·size, n·size)} in publication order, which
     * never move (an entry stays syndicated once published: retracted, it is a tombstone in its place).
     */
    private List<Entry> positional(LiveBriefing briefing, int n, int size) {
        List<Entry> entries = new ArrayList<>(syndication.oldestFirst(briefing, false, (n - 1) * size, size));
        java.util.Collections.reverse(entries);
        return entries;
    }

    /**
     * Key events: a flag can be set or cleared long after publication, so positions would shift; the pages
     * are sealed instead ({@link FeedArchives}). Returns how many there are.
     */
    private int sealKeyEvents(LiveBriefing briefing, int size) {
        String feed = keyEventsArchive(briefing);
        FeedArchives.sealFull(archives, feed, size, () -> {
            Set<Long> sealed = archives.sealed(feed);
            return syndication.oldestFirst(briefing, true, 0, Integer.MAX_VALUE).stream()
                    .filter(e -> !sealed.contains(e.id())).toList();
        });
        return archives.pages(feed);
    }

    private List<Entry> sealedKeyEvents(LiveBriefing briefing, int n) {
        return archives.page(keyEventsArchive(briefing), n).map(syndication::publicByIds).orElse(List.of()).stream()
                .filter(e -> e.keyEvent() && e.briefing().id() == briefing.id()).toList();
    }

    static String keyEventsArchive(LiveBriefing briefing) {
        return KIND + "/" + briefing.id() + "/" + FeedRequest.KEY_EVENTS;
    }

    /** Subscribers must hear of a retraction even when the entry has scrolled out of the newest page. */
    private List<Entry> withRecentRetractions(LiveBriefing briefing, List<Entry> newest, int size) {
        List<Long> shown = newest.stream().map(Entry::id).toList();
        return Stream.concat(newest.stream(), syndication.recentlyRetracted(briefing, size).stream()
                .filter(e -> !shown.contains(e.id()))).toList();
    }

    private Feed feed(LiveBriefing briefing, FeedRequest request, Feed.Links links, boolean complete, boolean archive,
                      FeedItems items, List<Entry> entries, Instant changed) {
        String title = XmlText.clean(briefing.title());
        if (request.keyEvents()) {
            title = Messages.forLocale(briefing.locale()).get("feeds.title.keyEvents", title);
        }
        List<Feed.Item> published = items.items(entries);
        List<Feed.Tombstone> tombstones = items.tombstones(entries);
        return new Feed(settings.tagIds().briefing(briefing.id(), request.keyEvents()), title,
                XmlText.clean(briefing.summary()), briefing.language(), updated(changed, published, tombstones),
                links, complete, archive, published, tombstones);
    }

    /** The latest time anything in the document changed. */
    static Instant updated(Instant changed, List<Feed.Item> items, List<Feed.Tombstone> tombstones) {
        return Stream.concat(Stream.ofNullable(changed), Stream.concat(items.stream().map(Feed.Item::updated),
                tombstones.stream().map(Feed.Tombstone::when))).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
