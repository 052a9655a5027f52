package org.livebrief.feeds;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.livebrief.briefing.Change;

/**
 * Feed bytes, made when content changes rather than per request. An entry is current while the cache
 * epoch has not moved since it was confirmed; every committed {@link Change} moves the epoch
 * ({@code AFTER_SUCCESS}), so no request after a commit is served what came before it. A stale entry is
 * then checked against the change log: if its subject's latest seq has not moved it is confirmed again
 * without rebuilding. Entries are also rechecked every {@code livebrief.feeds.revalidate-millis}, which
 * covers changes committed by other nodes.
 */
@ApplicationScoped
public class FeedCache {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Instance<FeedSubjects> subjects;

    @Inject
    FeedSettings settings;

    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, RenderedFeed> feeds = new ConcurrentHashMap<>();
    private Map<String, FeedSubjects> byKind;

    @PostConstruct
    void index() {
        byKind = subjects.stream().collect(Collectors.toUnmodifiableMap(FeedSubjects::kind, Function.identity()));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        epoch.incrementAndGet();
    }

    /** The feed at {@code request} under {@code base}, or empty when there is no such feed. */
    public Optional<RenderedFeed> get(FeedRequest request, String base) {
        FeedSubjects subject = byKind.get(request.kind());
        if (subject == null) {
            return Optional.empty();
        }
        String key = base + FeedPaths.feed(request);
        long currentEpoch = epoch.get();
        long now = System.nanoTime();
        RenderedFeed cached = feeds.get(key);
        if (cached != null && cached.epoch() == currentEpoch && now - cached.checkedAt() < settings.revalidateNanos()) {
            return Optional.of(cached);
        }
        long seq = subject.latestSeq(request);
        if (cached != null && cached.seq() == seq) {
            return Optional.of(remember(key, cached.confirmed(currentEpoch, now)));
        }
        return subject.feed(request, base).map(feed -> remember(key, render(request, feed, seq, currentEpoch, now)));
    }

    private RenderedFeed render(FeedRequest request, Feed feed, long seq, long currentEpoch, long now) {
        byte[] bytes = request.format().write(feed);
        return RenderedFeed.of(bytes, request.format(), feed.updated(), settings.cacheControl(request.isArchive()),
                linkHeader(feed.links()), seq, currentEpoch, now);
    }

    private RenderedFeed remember(String key, RenderedFeed feed) {
        if (feeds.size() >= MAX_ENTRIES && !feeds.containsKey(key)) {
            feeds.clear();
        }
        feeds.put(key, feed);
        return feed;
    }

    /** WebSub discovery (and RFC 8288 self) in the HTTP headers, matching the document's links. */
    static String linkHeader(Feed.Links links) {
        String self = "<" + links.self() + ">; rel=\"self\"";
        return links.hub() == null ? self : "<" + links.hub() + ">; rel=\"hub\", " + self;
    }
}
