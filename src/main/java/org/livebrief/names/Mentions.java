package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.EntryChange;
import org.livebrief.briefing.Syndication;
import org.livebrief.briefing.Visibility;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/**
 * The mention index: which published entries mention which entities, and where.
 *
 * <p>Entries are tagged in the transaction that publishes or edits them, by a synchronous observer of its
 * {@link EntryChange}, so the tags commit (or roll back) with the change; the entry's row, updated and locked
 * before the observer runs, keeps concurrent edits of one entry in order. The briefing's row is locked only after
 * tagging, so other publishers of the briefing do not wait for it. A retraction removes the entry from
 * every listing (they show published entries only) but keeps its rows, so per-name feeds can carry its
 * tombstone. When the authority changes, older entries are tagged again by {@link #retag} in batches
 * ({@link Retagging}); that writes only mention rows, no change-log row.
 */
@ApplicationScoped
public class Mentions {

    private static final Logger LOG = Logger.getLogger(Mentions.class);
    private static final int ID_CHUNK = 1000;
    @PersistenceContext
    EntityManager em;

    @Inject
    NameDirectory directory;

    @Inject
    Syndication syndication;

    @Inject
    Briefings briefings;

    @Inject
    java.time.Clock clock;

    /** A published entry and where it mentions one entity. */
    public record Tagged(Entry entry, List<Tagger.Mention> mentions) {
    }

    /** One page of tagged entries, newest first, and the entry id to pass as {@code before} (null at the end). */
    public record Page(List<Tagged> items, Long nextBefore) {
    }

    /** What a retag batch did: entries read, entries whose mentions changed, the last entry id read. */
    public record Batch(int entries, int changed, Long last) {
    }

    /**
     * Tags a published entry again when it changes, before the change takes its briefing's lock
     * ({@link EntryChange}); the entities it no longer mentions are logged with the change's seq.
     */
    void changing(@Observes EntryChange change) {
        switch (change.kind()) {
            case ENTRY_PUBLISHED, ENTRY_CORRECTED, ENTRY_UPDATED -> {
                if (!Visibility.isPublished(change.entry())) {
                    return;
                }
                retagged(change.entry(), new Tagger(directory.current())).filter(removed -> !removed.isEmpty())
                        .ifPresent(removed -> change.onLogged(logged -> removed.forEach(entity ->
                                em.createNativeQuery("INSERT INTO change_removed_mention (seq, entity_id) VALUES (?1, ?2)")
                                        .setParameter(1, logged.seq()).setParameter(2, entity).executeUpdate())));
            }
            default -> { }
        }
    }

    /** Tags the entry again from its current text; true when its mentions changed. */
    boolean tag(Entry entry, Tagger tagger) {
        return retagged(entry, tagger).isPresent();
    }

    /**
     * Tags the entry again from its current text. Empty when its mentions did not change; else the entities it no
     * longer mentions (the feeds of those a change must reach too, {@link #entitiesAffectedBy}).
     */
    private Optional<Set<Long>> retagged(Entry entry, Tagger tagger) {
        List<Tagger.Mention> found = find(entry, tagger);
        List<EntryMention> stored = stored(entry.id());
        if (stored.stream().map(EntryMention::mention).toList().equals(found)) {
            return Optional.empty();
        }
        Set<Long> removed = new TreeSet<>();
        stored.forEach(m -> removed.add(m.entityId()));
        found.forEach(m -> removed.remove(m.entityId()));
        stored.forEach(em::remove);
        em.flush();
        found.forEach(m -> em.persist(new EntryMention(entry.id(), m)));
        return Optional.of(removed);
    }

    /** Mentions are worth a publication, never worth failing one: a fault in the analysis is logged and skipped. */
    private List<Tagger.Mention> find(Entry entry, Tagger tagger) {
        try {
            return tagger.mentions(Tagger.plainText(entry.body()), briefingContext(entry)).stream()
                    .filter(m -> m.text().length() <= EntryMention.MAX_TEXT).toList();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Tagging entry %d failed; it keeps its previous mentions", entry.id());
            return stored(entry.id()).stream().map(EntryMention::mention).toList();
        }
    }

    /**
     * The entities the entry's briefing has named in its other entries, read only when a name of the entry is
     * shared by two entities ({@link NameContext}): the briefing that wrote "Vitali Klitschko" yesterday means
     * him by "Klitschko" today; and the day the entry was published, on which a former name was or was not in use.
     */
    private NameContext briefingContext(Entry entry) {
        java.time.Instant written = entry.publishedAt() != null ? entry.publishedAt() : clock.instant();
        return NameContext.ofBriefing(() -> namedIn(entry.briefing().id(), entry.id()))
                .on(written.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /** The context of a briefing the caller may read (else the 404 of {@link Briefings#find}): the entities it named. */
    public NameContext contextOf(long briefingId, Caller caller) {
        briefings.find(briefingId, caller);
        return NameContext.ofBriefing(() -> namedIn(briefingId, -1));
    }

    /** The entities the briefing's published entries other than {@code exceptEntry} mention. */
    private Set<Long> namedIn(long briefingId, long exceptEntry) {
        return Set.copyOf(em.createQuery("select distinct m.entityId from EntryMention m, Entry e where m.entryId = e.id"
                        + " and e.briefing.id = :b and e.id <> :e", Long.class)
                .setParameter("b", briefingId).setParameter("e", exceptEntry).getResultList());
    }

    private List<EntryMention> stored(long entryId) {
        return em.createQuery("select m from EntryMention m where m.entryId = :e order by m.start, m.id", EntryMention.class)
                .setParameter("e", entryId).getResultList();
    }

    /**
     * Tags the published entries with ids after {@code afterId} again, at most {@code limit} of them, in one
     * transaction. Each entry is locked first, so a correction committing meanwhile is tagged after it, not
     * overwritten by tags of its old text.
     */
    @Transactional
    public Batch retag(long afterId, int limit) {
        List<Long> ids = syndication.publishedIdsAfter(afterId, limit);
        int changed = 0;
        Tagger tagger = new Tagger(directory.current());
        for (Long id : ids) {
            if (syndication.lockIfPublished(id).map(entry -> tag(entry, tagger)).orElse(false)) {
                changed++;
            }
        }
        return new Batch(ids.size(), changed, ids.isEmpty() ? null : ids.get(ids.size() - 1));
    }

    /** The entities the entry mentions now. */
    private Set<Long> mentionedBy(long entryId) {
        return new TreeSet<>(em.createQuery("select distinct m.entityId from EntryMention m where m.entryId = :e",
                Long.class).setParameter("e", entryId).getResultList());
    }

    /**
     * The entities a change may have altered the per-name feeds of: those mentioned by the changed entry, and those
     * the change took out of its mentions (table {@code change_removed_mention}: a correction that no longer names
     * them, read after commit, would otherwise be missed); or those mentioned by any entry of the briefing when the
     * change is about the briefing itself (a status change hides or shows all of them).
     */
    public List<Long> entitiesAffectedBy(Change change) {
        Long entryId = change.entryId();
        long briefingId = change.briefingId();
        if (entryId != null) {
            Set<Long> entities = mentionedBy(entryId);
            for (Object entity : em.createNativeQuery("SELECT entity_id FROM change_removed_mention WHERE seq = ?1")
                    .setParameter(1, change.seq()).getResultList()) {
                entities.add(((Number) entity).longValue());
            }
            return List.copyOf(entities);
        }
        Set<Long> entities = new TreeSet<>();
        List<Long> ids = syndication.entryIdsOf(briefingId);
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            entities.addAll(em.createQuery("select distinct m.entityId from EntryMention m where m.entryId in (:ids)",
                            Long.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))).getResultList());
        }
        return List.copyOf(entities);
    }

    /** How many entries a retag reads. */
    public long publishedEntries() {
        return syndication.countPublished();
    }

    /** The entity as the index holds it, if there is one. */
    public Optional<NameCard> entity(long id) {
        return Optional.ofNullable(directory.current().card(id));
    }

    /** Published entries of public briefings that mention the entity, newest first. */
    @Transactional
    public Page published(long entityId, Long before, int limit) {
        Entry cursor = null;
        if (before != null) {
            cursor = syndication.entry(before).filter(e -> e.publishedAt() != null)
                    .orElseThrow(() -> ProblemException.invalid("before", "must be the id of a listed entry"));
        }
        List<Entry> rows = syndication.publicAmong(mentioning(entityId), cursor, false, limit + 1);
        boolean more = rows.size() > limit;
        List<Entry> entries = more ? rows.subList(0, limit) : rows;
        Map<Long, List<Tagger.Mention>> spans = spans(entityId, entries);
        List<Tagged> items = entries.stream().map(e -> new Tagged(e, spans.getOrDefault(e.id(), List.of()))).toList();
        return new Page(items, more ? entries.get(entries.size() - 1).id() : null);
    }

    /** The newest published entries of public briefings that mention the entity, for feeds. */
    public List<Entry> newestPublished(long entityId, boolean keyEventsOnly, int limit) {
        return syndication.publicAmong(mentioning(entityId), null, keyEventsOnly, limit);
    }

    /** Retracted entries that mentioned the entity when they were retracted, most recently retracted first. */
    public List<Entry> recentlyRetracted(long entityId, int limit) {
        return syndication.tombstonesAmong(mentioning(entityId), limit);
    }

    /**
     * What versions the entity's feeds: the change-log version of the briefings with an entry that mentions it,
     * the mention rows (count and newest row), and the entity itself. Any of them moving moves the value.
     */
    public long version(long entityId) {
        long seq = syndication.changeVersionAmong(mentioning(entityId));
        Object[] rows = em.createQuery("select count(m), max(m.id) from EntryMention m where m.entityId = :id", Object[].class)
                .setParameter("id", entityId).getSingleResult();
        Long entityVersion = em.createQuery("select e.version from NameEntity e where e.id = :id", Long.class)
                .setParameter("id", entityId).getResultStream().findFirst().orElse(-1L);
        long version = seq;
        for (Object part : new Object[] {rows[0], rows[1], entityVersion}) {
            version = version * 1_000_003L + (part == null ? 0 : ((Number) part).longValue());
        }
        return version;
    }

    /** The entries that mention the entity, as a subquery of this feature's own table. */
    private static Syndication.EntryIds mentioning(long entityId) {
        return new Syndication.EntryIds("select m.entryId from EntryMention m where m.entityId = :entity",
                Map.of("entity", entityId));
    }

    private Map<Long, List<Tagger.Mention>> spans(long entityId, List<Entry> entries) {
        Map<Long, List<Tagger.Mention>> spans = new LinkedHashMap<>();
        if (entries.isEmpty()) {
            return spans;
        }
        em.createQuery("select m from EntryMention m where m.entityId = :entity and m.entryId in (:ids)", EntryMention.class)
                .setParameter("entity", entityId).setParameter("ids", entries.stream().map(Entry::id).toList())
                .getResultList().stream().sorted(Comparator.comparingInt(EntryMention::start))
                .forEach(m -> spans.computeIfAbsent(m.entryId(), k -> new ArrayList<>()).add(m.mention()));
        return spans;
    }
}
