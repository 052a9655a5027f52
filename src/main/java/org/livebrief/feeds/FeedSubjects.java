package org.livebrief.feeds;

import java.util.List;
import java.util.Optional;
import org.livebrief.briefing.Change;

/**
 * What feeds can be about: one implementation per first path segment under {@code /feeds/}
 * ({@code briefings}, {@code languages}, {@code names}). This is the extension point for new kinds of feed:
 * a feature contributes a CDI bean and the servlet, cache, conditional GET, paging links and writers come
 * for free.
 */
public interface FeedSubjects {

    /** The first path segment under {@code /feeds/}. */
    String kind();

    /** The canonical spelling of a subject; other spellings are redirected to it. */
    default String canonicalSubject(String subject) {
        return subject;
    }

    /**
     * The number that versions the feed's content: when it has not moved, the cached bytes are current. Within
     * one briefing the latest change-log seq will do (its changes commit in seq order); a feed spanning
     * briefings needs {@code ChangeLog.version()}, which also moves when a lower seq commits late. Must be
     * cheap; it runs at most once per feed per revalidation interval.
     */
    long latestSeq(FeedRequest request);

    /** The feed, or empty when there is none (unknown or non-public subject, archive page out of range). */
    Optional<Feed> feed(FeedRequest request, String base);

    /** The language tag of the feed at {@code request} without building it, when its kind has one. */
    default Optional<String> language(FeedRequest request) {
        return Optional.empty();
    }

    /**
     * The feed for readers of {@code readingAs} ({@code sr-Latn}): bylines and datelines in that tag where profiles and
     * the authority have it. Only briefing feeds are read in another script; others ignore it.
     */
    default Optional<Feed> feed(FeedRequest request, String base, java.util.Locale readingAs) {
        return feed(request, base);
    }

    /**
     * The subscription feeds of this kind whose content a committed change may alter, in any formats:
     * WebSub announces those among them whose format names the hub. Runs on the WebSub worker, inside its
     * transaction, once per change; none by default.
     */
    default List<FeedRequest> affectedBy(Change change) {
        return List.of();
    }

    /**
     * The {@code Surrogate-Key}s of the feed ({@code platform.CachePolicy}): what it shows, the keys a CDN purge
     * names when that changes. Read when the feed is rendered.
     */
    default List<String> surrogateKeys(FeedRequest request) {
        return List.of();
    }
}
