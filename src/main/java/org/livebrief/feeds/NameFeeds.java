package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.MediaLengths;
import org.livebrief.names.Mentions;
import org.livebrief.names.NameCard;
import org.livebrief.names.Names;

/**
 * Feeds of one entity of the name authority ({@code /feeds/names/{entityId}…}): the newest published
 * entries of public briefings that mention it, whatever the spelling, script or grammatical case, in any
 * language, plus tombstones of recently retracted ones. Items are the same as in briefing feeds (same ids,
 * so readers dedupe across feeds). No archives: tagging again after the authority changes may add older
 * entries, so no slice of the list stays stable. WebSub announces them after every change to an entry
 * that mentions the entity ({@link #affectedBy}). The version is {@link Mentions#version}, which moves with
 * every change in a briefing that mentions the entity and with every change of its mentions.
 */
@ApplicationScoped
public class NameFeeds implements FeedSubjects {

    static final String KIND = "names";
    /** The feed is in many languages; each item carries its own. */
    static final String MULTIPLE_LANGUAGES = "mul";

    @Inject
    Contributors contributors;

    @Inject
    MediaLengths mediaLengths;

    @Inject
    Mentions mentions;

    @Inject
    Names names;

    @Inject
    FeedSettings settings;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String canonicalSubject(String subject) {
        return id(subject).map(String::valueOf).orElse(subject);
    }

    @Override
    public List<String> surrogateKeys(FeedRequest request) {
        return id(request.subject()).map(id -> List.of(org.livebrief.platform.CachePolicy.name(id))).orElse(List.of());
    }

    @Override
    public long latestSeq(FeedRequest request) {
        return id(request.subject()).map(mentions::version).orElse(0L);
    }

    /** The feeds of every entity the changed entry (or, for a briefing change, the briefing) mentions. */
    @Override
    public List<FeedRequest> affectedBy(Change change) {
        return mentions.entitiesAffectedBy(change).stream()
                .flatMap(id -> FeedPaths.ofName(id).stream()).toList();
    }

    @Override
    public Optional<Feed> feed(FeedRequest request, String base) {
        Optional<Long> id = id(request.subject());
        if (request.isArchive() || id.isEmpty() || !String.valueOf(id.get()).equals(request.subject())) {
            return Optional.empty();
        }
        return mentions.entity(id.get()).map(entity -> feed(entity, request, base));
    }

    private Feed feed(NameCard entity, FeedRequest request, String base) {
        int size = settings.pageSize();
        List<Entry> newest = mentions.newestPublished(entity.id(), request.keyEvents(), size);
        List<Entry> entries = Stream.concat(newest.stream(), mentions.recentlyRetracted(entity.id(), size).stream()
                .filter(e -> !request.keyEvents() || e.keyEvent())).toList();
        FeedItems items = new FeedItems(settings.tagIds(), base, contributors::in, mediaLengths);
        List<Feed.Item> published = items.items(entries);
        List<Feed.Tombstone> tombstones = items.tombstones(entries);
        String name = XmlText.clean(entity.preferred("en", names.defaultStyle(), names.defaultStyle()));
        Feed.Links links = FeedPaths.links(request, base, null, settings.hub().orElse(null), null, null);
        return new Feed(id(entity.id(), request.keyEvents()), name, null, MULTIPLE_LANGUAGES,
                BriefingFeeds.updated(null, published, tombstones), links, false, false, published, tombstones);
    }

    private String id(long entityId, boolean keyEvents) {
        return "tag:" + settings.tagIds().authority() + "," + TagIds.YEAR + ":livebrief/name/" + entityId
                + (keyEvents ? "/key-events" : "");
    }

    private static Optional<Long> id(String subject) {
        if (!subject.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(subject));
    }
}
