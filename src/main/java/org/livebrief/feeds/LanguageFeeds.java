package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.ChangeLog;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.MediaLengths;
import org.livebrief.briefing.Syndication;
import org.livebrief.platform.Messages;

/**
 * Feeds of one language ({@code /feeds/languages/{tag}…}): the newest entries of every public briefing in
 * that BCP 47 language, under the canonical tag only ({@code sr-Latn}, not {@code sr-latn}). Which
 * briefings are public changes over time, so their RFC 5005 archive pages are sealed lists
 * ({@link FeedArchives}): each new page starts after the newest entry of the last one, in publication
 * order. An entry that joins the language later than entries already sealed (its briefing went public
 * late) is in the subscription feed while it is among the newest, but in no archive page.
 */
@ApplicationScoped
public class LanguageFeeds implements FeedSubjects {

    static final String KIND = "languages";

    @Inject
    Contributors contributors;

    @Inject
    MediaLengths mediaLengths;

    @Inject
    Syndication syndication;

    @Inject
    ChangeLog changeLog;

    @Inject
    FeedSettings settings;

    @Inject
    FeedArchives archives;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String canonicalSubject(String subject) {
        return Locale.forLanguageTag(subject).toLanguageTag();
    }

    @Override
    public List<String> surrogateKeys(FeedRequest request) {
        return List.of(org.livebrief.platform.CachePolicy.language(request.subject()));
    }

    @Override
    public long latestSeq(FeedRequest request) {
        return changeLog.version();
    }

    @Override
    public List<FeedRequest> affectedBy(Change change) {
        return syndication.briefing(change.briefingId()).map(b -> FeedPaths.ofLanguage(b.language())).orElse(List.of());
    }

    @Override
    public Optional<Feed> feed(FeedRequest request, String base) {
        String tag = request.subject();
        if (!Locale.forLanguageTag(tag).toLanguageTag().equals(tag)) {
            return Optional.empty();
        }
        List<LiveBriefing> briefings = syndication.publicInLanguage(tag);
        if (briefings.isEmpty()) {
            return Optional.empty();
        }
        int size = settings.pageSize();
        String archive = archive(tag, request.keyEvents());
        FeedArchives.Position next = archives.next(archive);
        FeedArchives.sealFull(archives, archive, size,
                () -> syndication.inLanguageAfter(tag, request.keyEvents(), next.publishedAt(), next.entryId(), size * 4));
        int pages = archives.pages(archive);
        FeedItems items = new FeedItems(settings.tagIds(), base, contributors::in, mediaLengths,
                syndication::wasPublished);
        String hub = settings.hub().orElse(null);
        List<Entry> entries;
        Feed.Links links;
        if (request.isArchive()) {
            int n = request.archivePage();
            if (n > pages) {
                return Optional.empty();
            }
            entries = archives.page(archive, n).map(syndication::publicByIds).orElse(List.of()).stream()
                    .filter(e -> tag.equals(e.briefing().language()) && (!request.keyEvents() || e.keyEvent())).toList();
            links = FeedPaths.links(request, base, null, hub, n > 1 ? n - 1 : null, n < pages ? n + 1 : null);
        } else {
            entries = syndication.newestInLanguage(tag, request.keyEvents(), size);
            links = FeedPaths.links(request, base, null, hub, pages == 0 ? null : pages, null);
        }
        List<Feed.Item> published = items.items(entries);
        List<Feed.Tombstone> tombstones = items.tombstones(entries);
        Instant changed = request.isArchive() ? null
                : briefings.stream().map(LiveBriefing::updatedAt).max(Instant::compareTo).orElse(null);
        return Optional.of(new Feed(settings.tagIds().language(tag, request.keyEvents()), title(tag, request.keyEvents()),
                null, tag, BriefingFeeds.updated(changed, published, tombstones), links, false, request.isArchive(),
                published, tombstones));
    }

    /** The sealed-archive key of a language feed. */
    static String archive(String tag, boolean keyEvents) {
        return KIND + "/" + tag + (keyEvents ? "/" + FeedRequest.KEY_EVENTS : "");
    }

    private static String title(String tag, boolean keyEvents) {
        Locale locale = Locale.forLanguageTag(tag);
        Messages messages = Messages.forLocale(locale);
        String title = messages.get("feeds.title.language", locale.getDisplayName(messages.locale()));
        return keyEvents ? messages.get("feeds.title.keyEvents", title) : title;
    }
}
