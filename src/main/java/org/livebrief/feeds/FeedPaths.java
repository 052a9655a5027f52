package org.livebrief.feeds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.livebrief.briefing.LiveBriefing;

/** Public addresses, relative to the server root (the context root is part of the public contract). */
public final class FeedPaths {

    public static final String CONTEXT = "/livebrief";

    private FeedPaths() {
    }

    public static String page(LiveBriefing briefing) {
        return CONTEXT + "/briefings/" + URLEncoder.encode(briefing.slug(), StandardCharsets.UTF_8);
    }

    public static String feed(FeedRequest request) {
        return CONTEXT + request.path();
    }

    /**
     * The links of the feed at {@code request}: self, the other formats, the hub, and the RFC 5005 archive
     * links ({@code current} on archives; pages are null when they do not exist).
     */
    static Feed.Links links(FeedRequest request, String base, String alternate, String hub, Integer prevPage,
                            Integer nextPage) {
        List<Feed.Format> formats = Arrays.stream(FeedFormat.values())
                .map(f -> new Feed.Format(f.mediaType(), base + feed(request.in(f)))).toList();
        return new Feed.Links(base + feed(request), alternate, hub,
                request.isArchive() ? base + feed(request.subscription()) : null,
                prevPage == null ? null : base + feed(request.archive(prevPage)),
                nextPage == null ? null : base + feed(request.archive(nextPage)), formats);
    }

    /** Every subscription feed of a briefing: each format, all entries and key events only. */
    public static List<FeedRequest> ofBriefing(LiveBriefing briefing) {
        return every(BriefingFeeds.KIND, briefing.slug());
    }

    /** Every subscription feed of a language. */
    public static List<FeedRequest> ofLanguage(String language) {
        return every(LanguageFeeds.KIND, language);
    }

    /** Every subscription feed of an entity of the name authority. */
    public static List<FeedRequest> ofName(long entityId) {
        return every(NameFeeds.KIND, String.valueOf(entityId));
    }

    private static List<FeedRequest> every(String kind, String subject) {
        return Arrays.stream(FeedFormat.values())
                .flatMap(f -> {
                    FeedRequest all = new FeedRequest(kind, subject, false, null, f);
                    return java.util.stream.Stream.of(all, all.keyEventsOnly());
                }).toList();
    }
}
