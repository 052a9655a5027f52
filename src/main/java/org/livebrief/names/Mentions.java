package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.livebrief.briefing.BriefingStatus;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.Entry;
import org.livebrief.workflow.EntryState;

/**
 * The mention index: which published entries mention which entities, and where.
 *
 * <p>Entries are tagged in the transaction that publishes or edits them, by a synchronous observer of the
 * change log's {@link Change} event, so the tags commit (or roll back) with the change and the briefing row
 * lock the change took keeps concurrent edits of one entry in order. A retraction removes the entry from
 * every listing (they show published entries only) but keeps its rows, so per-name feeds can carry its
 * tombstone. When the authority changes, older entries are tagged again by {@link #retag} in batches
 * ({@link Retagging}); that writes only mention rows, no change-log row.
 */
@ApplicationScoped
public class Mentions {

    private static final Logger LOG = Logger.getLogger(Mentions.class);
    private static final List<BriefingStatus> PUBLIC = List.of(BriefingStatus.LIVE, BriefingStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    NameDirectory directory;

    /** A published entry and where it mentions one entity. */
    public record Tagged(Entry entry, List<Tagger.Mention> mentions) {
    }

    /** One page of tagged entries, newest first, and the entry id to pass as {@code before} (null at the end). */
    public record Page(List<Tagged> items, Long nextBefore) {
    }

    /** What a retag batch did: entries read, entries whose mentions changed, the last entry id read. */
    public record Batch(int entries, int changed, Long last) {
    }

    void changed(@Observes Change change) {
        if (change.entryId() == null) {
            return;
        }
        switch (change.kind()) {
            case ENTRY_PUBLISHED, ENTRY_CORRECTED, ENTRY_UPDATED -> {
                Entry entry = em.find(Entry.class, change.entryId());
                if (entry != null && entry.state() == EntryState.PUBLISHED) {
                    tag(entry, new Tagger(directory.current()));
                }
            }
            default -> { }
        }
    }

    /** Tags the entry again from its current text; true when its mentions changed. */
    boolean tag(Entry entry, Tagger tagger) {
        List<Tagger.Mention> found = find(entry, tagger);
        List<EntryMention> stored = stored(entry.id());
        if (stored.stream().map(EntryMention::mention).toList().equals(found)) {
            return false;
        }
        stored.forEach(em::remove);
        em.flush();
        found.forEach(m -> em.persist(new EntryMention(entry.id(), m)));
        return true;
    }

    /** Mentions are worth a publication, never worth failing one: a fault in the analysis is logged and skipped. */
    private List<Tagger.Mention> find(Entry entry, Tagger tagger) {
        try {
            return tagger.mentions(Tagger.plainText(entry.body())).stream()
                    .filter(m -> m.text().length() <= EntryMention.MAX_TEXT).toList();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Tagging entry %d failed; it keeps its previous mentions", entry.id());
            return stored(entry.id()).stream().map(EntryMention::mention).toList();
        }
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
        List<Long> ids = em.createQuery("select e.id from Entry e where e.id > :after and e.state = :published"
                        + " order by e.id", Long.class)
                .setParameter("after", afterId).setParameter("published", EntryState.PUBLISHED)
                .setMaxResults(limit).getResultList();
        int changed = 0;
        Tagger tagger = new Tagger(directory.current());
        for (Long id : ids) {
            Entry entry = em.find(Entry.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entry != null && entry.state() == EntryState.PUBLISHED && tag(entry, tagger)) {
                changed++;
            }
        }
        return new Batch(ids.size(), changed, ids.isEmpty() ? null : ids.get(ids.size() - 1));
    }

    /**
     * The entities a change may have altered the per-name feeds of: those mentioned by the changed entry, or
     * by any entry of the briefing when the change is about the briefing itself (a status change hides or
     * shows all of them). Read after the change committed, so an entity whose mention a correction removed is
     * not among them; its feed catches up at its next revalidation.
     */
    public List<Long> entitiesAffectedBy(long briefingId, Long entryId) {
        if (entryId != null) {
            return em.createQuery("select distinct m.entityId from EntryMention m where m.entryId = :e", Long.class)
                    .setParameter("e", entryId).getResultList();
        }
        return em.createQuery("select distinct m.entityId from EntryMention m where m.entryId in"
                        + " (select e.id from Entry e where e.briefing.id = :b)", Long.class)
                .setParameter("b", briefingId).getResultList();
    }

    /** The entity as the index holds it, if there is one. */
    public Optional<NameCard> entity(long id) {
        return Optional.ofNullable(directory.current().card(id));
    }

    /** Published entries of public briefings that mention the entity, newest first. */
    @Transactional
    public Page published(long entityId, Long before, int limit) {
        String after = "";
        Entry cursor = null;
        if (before != null) {
            cursor = em.find(Entry.class, before);
            if (cursor == null || cursor.publishedAt() == null) {
                throw org.livebrief.platform.ProblemException.invalid("before", "must be the id of a listed entry");
            }
            after = " and (e.publishedAt < :t or (e.publishedAt = :t and e.id < :id))";
        }
        TypedQuery<Entry> query = mentioning(entityId, List.of(EntryState.PUBLISHED), after, "e.publishedAt desc, e.id desc");
        if (cursor != null) {
            query.setParameter("t", cursor.publishedAt()).setParameter("id", cursor.id());
        }
        List<Entry> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Entry> entries = more ? rows.subList(0, limit) : rows;
        Map<Long, List<Tagger.Mention>> spans = spans(entityId, entries);
        List<Tagged> items = entries.stream().map(e -> new Tagged(e, spans.getOrDefault(e.id(), List.of()))).toList();
        return new Page(items, more ? entries.get(entries.size() - 1).id() : null);
    }

    /** The newest published entries of public briefings that mention the entity, for feeds. */
    public List<Entry> newestPublished(long entityId, boolean keyEventsOnly, int limit) {
        return mentioning(entityId, List.of(EntryState.PUBLISHED), keyEventsOnly ? " and e.keyEvent = true" : "",
                "e.publishedAt desc, e.id desc").setMaxResults(limit).getResultList();
    }

    /** Retracted entries that mentioned the entity when they were retracted, most recently retracted first. */
    public List<Entry> recentlyRetracted(long entityId, int limit) {
        return mentioning(entityId, List.of(EntryState.RETRACTED), "", "e.retractedAt desc, e.id desc")
                .setMaxResults(limit).getResultList();
    }

    /**
     * What versions the entity's feeds: the latest change in any briefing with an entry that mentions it,
     * the mention rows (count and newest row), and the entity itself. Any of them moving moves the value.
     */
    public long version(long entityId) {
        Long seq = em.createQuery("select max(c.seq) from Change c where c.briefingId in (select e.briefing.id from"
                        + " Entry e where e.id in (select m.entryId from EntryMention m where m.entityId = :id))", Long.class)
                .setParameter("id", entityId).getSingleResult();
        Object[] rows = em.createQuery("select count(m), max(m.id) from EntryMention m where m.entityId = :id", Object[].class)
                .setParameter("id", entityId).getSingleResult();
        Long entityVersion = em.createQuery("select e.version from NameEntity e where e.id = :id", Long.class)
                .setParameter("id", entityId).getResultStream().findFirst().orElse(-1L);
        long version = seq == null ? 0 : seq;
        for (Object part : new Object[] {rows[0], rows[1], entityVersion}) {
            version = version * 1_000_003L + (part == null ? 0 : ((Number) part).longValue());
        }
        return version;
    }

    private TypedQuery<Entry> mentioning(long entityId, List<EntryState> states, String and, String order) {
        return em.createQuery("select e from Entry e join fetch e.briefing b where e.state in (:states)"
                        + " and b.status in (:public) and e.id in (select m.entryId from EntryMention m"
                        + " where m.entityId = :entity)" + and + " order by " + order, Entry.class)
                .setParameter("states", states).setParameter("public", PUBLIC).setParameter("entity", entityId);
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
