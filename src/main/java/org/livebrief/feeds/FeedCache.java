package org.livebrief.feeds;

import org.livebrief.platform.Metrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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

    /** When the cached bytes pass this, the cache starts over (feeds are rebuilt on demand). */
    private static final long MAX_BYTES = 64L << 20;

    @Inject
    Instance<FeedSubjects> subjects;

    @Inject
    FeedSettings settings;

    @Inject
    org.livebrief.briefing.ScriptNames scriptNames;

    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, RenderedFeed> feeds = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private Map<String, FeedSubjects> byKind;
    /** This cache, for {@link FeedFastPath}, which runs outside CDI; null until the first feed request. */
    private static volatile FeedCache serving;

    @PostConstruct
    void index() {
        byKind = subjects.stream().collect(Collectors.toUnmodifiableMap(FeedSubjects::kind, Function.identity()));
        serving = this;
    }

    @PreDestroy
    void close() {
        serving = null;
    }

    /**
     * The cached feed at {@code requestUri} if it is certainly current (confirmed in this epoch, within the
     * revalidation interval), else null: then the request must go the slow way, through {@link FeedServlet}.
     */
    static RenderedFeed fresh(String requestUri) {
        FeedCache cache = serving;
        if (cache == null) {
            return null;
        }
        RenderedFeed feed = cache.feeds.get(cache.settings.base() + requestUri);
        boolean current = feed != null && feed.epoch() == cache.epoch.get()
                && System.nanoTime() - feed.checkedAt() < cache.settings.revalidateNanos();
        return current ? feed : null;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        epoch.incrementAndGet();
    }

    /** The request with its subject spelled canonically; empty when no feature serves its kind. */
    public Optional<FeedRequest> canonical(FeedRequest request) {
        return Optional.ofNullable(byKind.get(request.kind()))
                .map(subject -> request.about(subject.canonicalSubject(request.subject())));
    }

    /** The feed at {@code request} under {@code base}, or empty when there is no such feed. */
    public Optional<RenderedFeed> get(FeedRequest request, String base) {
        FeedSubjects subject = byKind.get(request.kind());
        if (subject == null) {
            return Optional.empty();
        }
        return cached(base + FeedPaths.feed(request), subject, request, () -> subject.feed(request, base));
    }

    /**
     * The briefing feed at {@code request} read in {@code script} ({@code ?script=Latn}): cached under its own key, so it
     * has its own bytes, ETag and revalidation. Its own script is the feed as written; a script the briefing's language
     * is not read in, or any script on a language or name feed, is a 400 problem.
     */
    public Optional<RenderedFeed> get(FeedRequest request, String base, String script) {
        FeedSubjects subject = byKind.get(request.kind());
        if (subject == null) {
            return Optional.empty();
        }
        if (!BriefingFeeds.KIND.equals(request.kind())) {
            throw org.livebrief.platform.ProblemException.invalid(org.livebrief.briefing.Scripts.PARAMETER,
                    "Only a briefing's feeds are read in another script; language and name feeds are as written");
        }
        String key = base + FeedPaths.feed(request) + "?script=" + script.toLowerCase(java.util.Locale.ROOT);
        return cached(key, subject, request, () -> {
            Optional<org.livebrief.briefing.Transcript> transcript = subject.language(request)
                    .flatMap(language -> org.livebrief.briefing.Scripts.of(language, script));
            if (transcript.isEmpty()) {
                return subject.feed(request, base); // its own script (or no such briefing): the feed as written
            }
            // Made for readers of the target tag, so bylines and datelines take the profiles' and authority's forms.
            return subject.feed(request, base, transcript.get().locale())
                    .map(feed -> FeedTranscripts.of(feed, transcript.get().with(scriptNames)));
        });
    }

    /**
     * The feed cached under {@code key} while it is certainly current (confirmed in this epoch, within the
     * revalidation interval) or its content has not moved ({@link FeedSubjects#latestSeq}); else {@code build}s it.
     */
    private Optional<RenderedFeed> cached(String key, FeedSubjects subject, FeedRequest request,
                                          java.util.function.Supplier<Optional<Feed>> build) {
        long currentEpoch = epoch.get();
        long now = System.nanoTime();
        RenderedFeed cached = feeds.get(key);
        if (cached != null && cached.epoch() == currentEpoch && now - cached.checkedAt() < settings.revalidateNanos()) {
            Metrics.feedCache(Metrics.FeedCacheResult.FRESH);
            return Optional.of(cached);
        }
        long seq = subject.latestSeq(request);
        if (cached != null && cached.seq() == seq) {
            Metrics.feedCache(Metrics.FeedCacheResult.REVALIDATED);
            return Optional.of(remember(key, cached.confirmed(currentEpoch, now)));
        }
        return build.get().map(feed -> {
            Metrics.feedCache(Metrics.FeedCacheResult.BUILT);
            return remember(key, render(subject, request, feed, seq, currentEpoch, now));
        });
    }

    private RenderedFeed render(FeedSubjects subject, FeedRequest request, Feed feed, long seq, long currentEpoch, long now) {
        byte[] bytes = request.format().write(feed);
        return RenderedFeed.of(bytes, request.format(), feed.updated(),
                org.livebrief.platform.CachePolicy.headers(settings.browserMaxAge(request.isArchive()), subject.surrogateKeys(request)),
                linkHeader(feed.links()), seq, currentEpoch, now);
    }

    private RenderedFeed remember(String key, RenderedFeed feed) {
        if (bytes.addAndGet(feed.size()) > MAX_BYTES) {
            feeds.clear();
            bytes.set(feed.size());
        }
        RenderedFeed previous = feeds.put(key, feed);
        if (previous != null) {
            bytes.addAndGet(-previous.size());
        }
        return feed;
    }

    /** WebSub discovery (and RFC 8288 self) in the HTTP headers, matching the document's links. */
    static String linkHeader(Feed.Links links) {
        String self = "<" + links.self() + ">; rel=\"self\"";
        return links.hub() == null ? self : "<" + links.hub() + ">; rel=\"hub\", " + self;
    }
}
