package org.livebrief.feeds;

import java.util.Optional;

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
     * The change-log seq that versions the feed's content: when it has not moved, the cached bytes are
     * current. Must be cheap; it runs at most once per feed per revalidation interval.
     */
    long latestSeq(FeedRequest request);

    /** The feed, or empty when there is none (unknown or non-public subject, archive page out of range). */
    Optional<Feed> feed(FeedRequest request, String base);
}
