package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Syndication;
import org.livebrief.platform.Messages;

/**
 * Feeds of one language ({@code /feeds/languages/{tag}…}): the newest entries of every public briefing in
 * that BCP 47 language, under the canonical tag only ({@code sr-Latn}, not {@code sr-latn}). They have no
 * archives: which briefings are public changes over time, so no slice of them could stay stable.
 */
@ApplicationScoped
public class LanguageFeeds implements FeedSubjects {

    static final String KIND = "languages";

    @Inject
    Syndication syndication;

    @Inject
    FeedSettings settings;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String canonicalSubject(String subject) {
        return Locale.forLanguageTag(subject).toLanguageTag();
    }

    @Override
    public long latestSeq(FeedRequest request) {
        return syndication.latestSeq();
    }

    @Override
    public List<FeedRequest> affectedBy(Change change) {
        return syndication.briefing(change.briefingId()).map(b -> FeedPaths.ofLanguage(b.language())).orElse(List.of());
    }

    @Override
    public Optional<Feed> feed(FeedRequest request, String base) {
        String tag = request.subject();
        if (request.isArchive() || !Locale.forLanguageTag(tag).toLanguageTag().equals(tag)) {
            return Optional.empty();
        }
        List<LiveBriefing> briefings = syndication.publicInLanguage(tag);
        if (briefings.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = syndication.newestInLanguage(tag, request.keyEvents(), settings.pageSize());
        FeedItems items = new FeedItems(settings.tagIds(), base);
        List<Feed.Item> published = items.items(entries);
        List<Feed.Tombstone> tombstones = items.tombstones(entries);
        Instant changed = briefings.stream().map(LiveBriefing::updatedAt).max(Instant::compareTo).orElse(null);
        Feed.Links links = FeedPaths.links(request, base, null, settings.hub().orElse(null), null, null);
        return Optional.of(new Feed(settings.tagIds().language(tag, request.keyEvents()), title(tag, request.keyEvents()),
                null, tag, BriefingFeeds.updated(changed, published, tombstones), links, false, false,
                published, tombstones));
    }

    private static String title(String tag, boolean keyEvents) {
        Locale locale = Locale.forLanguageTag(tag);
        Messages messages = Messages.forLocale(locale);
        String title = messages.get("feeds.title.language", locale.getDisplayName(messages.locale()));
        return keyEvents ? messages.get("feeds.title.keyEvents", title) : title;
    }
}
