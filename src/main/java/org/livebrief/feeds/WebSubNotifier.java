package org.livebrief.feeds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Syndication;

/**
 * After a change commits, pings the WebSub hub ({@code livebrief.websub.hub}) for every feed it affects:
 * the briefing's feeds and its language's feeds, in each format that names the hub. Only after
 * {@code AFTER_SUCCESS}: a hub told about a rolled-back change would send subscribers content that never
 * existed. The lookup and the pings run on the managed executor, never on the writer's thread.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    FeedSettings settings;

    @Inject
    Syndication syndication;

    @Inject
    @ConfigProperty(name = "livebrief.websub.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "livebrief.websub.backoff-millis", defaultValue = "1000")
    long backoffMillis;

    private Optional<WebSubHub> hub;

    @PostConstruct
    void connect() {
        hub = settings.hub().map(h -> new WebSubHub(URI.create(h), executor, attempts, backoffMillis));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        hub.ifPresent(h -> executor.execute(() -> notifyAffected(h, change.briefingId())));
    }

    private void notifyAffected(WebSubHub h, long briefingId) {
        try {
            syndication.briefing(briefingId).ifPresent(briefing -> topics(briefing).forEach(h::publish));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not work out the feeds of briefing %d for WebSub", briefingId);
        }
    }

    /** Every subscription feed whose content the briefing is part of, under each base URL feeds were served. */
    List<String> topics(LiveBriefing briefing) {
        return settings.basesForTopics().stream()
                .flatMap(base -> Stream.concat(FeedPaths.ofBriefing(briefing).stream(),
                                FeedPaths.ofLanguage(briefing.language()).stream())
                        .filter(r -> r.format().announcedToHub())
                        .map(r -> base + FeedPaths.feed(r)))
                .toList();
    }
}
