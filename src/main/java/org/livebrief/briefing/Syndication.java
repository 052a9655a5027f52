package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query API through which other features (feeds, search, names, live) read entries and the change log:
 * entries that are or were public (published, and retracted ones as tombstones), in publication order, and
 * the change-log position that versions them. Every query here applies {@link Visibility}; no other package
 * queries {@code Entry}, {@code LiveBriefing} or {@code Change} itself. An entry's place in this order never
 * moves (publishedAt is set once), so numbered slices of it are stable archives.
 */
@ApplicationScoped
public class Syndication {

    private static final List<EntryState> SYNDICATED = Visibility.SYNDICATED_STATES;
    private static final List<BriefingStatus> PUBLIC = Visibility.PUBLIC_STATUSES;

    @PersistenceContext
    EntityManager em;

    /**
     * Entry ids chosen by another feature from a table of its own, as a JPQL subquery that feature writes
     * (for example names' {@code select m.entryId from EntryMention m where m.entityId = :entity}). The owner of
     * each table writes its part; the database runs both in one statement. Parameter names must not start
     * with {@code syn}, which this class uses.
     */
    public record EntryIds(String subquery, Map<String, Object> parameters) {

        public EntryIds {
            if (parameters.keySet().stream().anyMatch(name -> name.startsWith("syn"))) {
                throw new IllegalArgumentException("parameter names starting with 'syn' are reserved: " + parameters);
            }
            parameters = Map.copyOf(parameters);
        }
    }

    /** A briefing whatever its status: what changed in it decides which feeds to announce. */
    public Optional<LiveBriefing> briefing(long id) {
        return Optional.ofNullable(em.find(LiveBriefing.class, id));
    }

    /** The newest change-log seq of a briefing (0 when it has none): feed caches are keyed by it. */
    public long latestSeq(long briefingId) {
        Long seq = em.createQuery("select max(c.seq) from Change c where c.briefingId = :b", Long.class)
                .setParameter("b", briefingId).getSingleResult();
        return seq == null ? 0 : seq;
    }

    public long count(LiveBriefing briefing, boolean keyEventsOnly) {
        return em.createQuery("select count(e) from Entry e where e.briefing.id = :b and e.state in (:states)"
                        + keyEvents(keyEventsOnly), Long.class)
                .setParameter("b", briefing.id()).setParameter("states", SYNDICATED).getSingleResult();
    }

    /** Entries at positions {@code [offset, offset + limit)} of the briefing, oldest first. */
    public List<Entry> oldestFirst(LiveBriefing briefing, boolean keyEventsOnly, int offset, int limit) {
        return entries("e.briefing.id = :b" + keyEvents(keyEventsOnly), "asc")
                .setParameter("b", briefing.id()).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The newest {@code limit} entries of the briefing, newest first. */
    public List<Entry> newestFirst(LiveBriefing briefing, boolean keyEventsOnly, int limit) {
        return entries("e.briefing.id = :b" + keyEvents(keyEventsOnly), "desc")
                .setParameter("b", briefing.id()).setMaxResults(limit).getResultList();
    }

    /** The newest {@code limit} entries of every public briefing in {@code language}, newest first. */
    public List<Entry> newestInLanguage(String language, boolean keyEventsOnly, int limit) {
        return entries("e.briefing.language = :l and e.briefing.status in (:public)" + keyEvents(keyEventsOnly), "desc")
                .setParameter("l", language).setParameter("public", PUBLIC).setMaxResults(limit).getResultList();
    }

    /** Retracted entries of the briefing, most recently retracted first. */
    public List<Entry> recentlyRetracted(LiveBriefing briefing, int limit) {
        return em.createQuery("select e from Entry e join fetch e.briefing where e.briefing.id = :b"
                        + " and e.state = :retracted order by e.retractedAt desc, e.id desc", Entry.class)
                .setParameter("b", briefing.id()).setParameter("retracted", EntryState.RETRACTED)
                .setMaxResults(limit).getResultList();
    }

    /** The public briefings in {@code language}, newest first. */
    public List<LiveBriefing> publicInLanguage(String language) {
        return em.createQuery("select b from LiveBriefing b where b.language = :l and b.status in (:public)"
                        + " order by b.id desc", LiveBriefing.class)
                .setParameter("l", language).setParameter("public", PUBLIC).getResultList();
    }

    /**
     * The backlog of a reader of the whole change log whose cursor is {@code afterSeq}: how many changes follow it, and
     * how long ago the oldest of them happened ({@code now} minus its time). One indexed range count.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    public org.livebrief.platform.Metrics.Backlog backlogAfter(long afterSeq, java.time.Instant now) {
        Object[] row = em.createQuery("select count(c), min(c.occurredAt) from Change c where c.seq > :s", Object[].class)
                .setParameter("s", afterSeq).getSingleResult();
        long changes = row[0] == null ? 0 : ((Number) row[0]).longValue();
        if (changes == 0 || row[1] == null) {
            return org.livebrief.platform.Metrics.Backlog.NONE;
        }
        java.time.Duration age = java.time.Duration.between((java.time.Instant) row[1], now);
        return new org.livebrief.platform.Metrics.Backlog(changes, age.isNegative() ? java.time.Duration.ZERO : age);
    }

    /** Changes of every briefing after {@code afterSeq}, oldest first: what WebSub announces. */
    public List<Change> changesAfter(long afterSeq, int limit) {
        return em.createQuery("select c from Change c where c.seq > :s order by c.seq", Change.class)
                .setParameter("s", afterSeq).setMaxResults(limit).getResultList();
    }

    /**
     * Entries of public briefings in {@code language} published after the position ({@code publishedAt},
     * {@code id}), oldest first: where a language feed's next archive page starts.
     */
    public List<Entry> inLanguageAfter(String language, boolean keyEventsOnly, java.time.Instant publishedAt, long id,
                                       int limit) {
        return entries("e.briefing.language = :l and e.briefing.status in (:public)"
                        + " and (e.publishedAt > :at or (e.publishedAt = :at and e.id > :id))" + keyEvents(keyEventsOnly), "asc")
                .setParameter("l", language).setParameter("public", PUBLIC).setParameter("at", publishedAt)
                .setParameter("id", id).setMaxResults(limit).getResultList();
    }

    /** The entries among {@code ids} that are or were public, in briefings that are public now, newest first. */
    public List<Entry> publicByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entries("e.id in (:ids) and e.briefing.status in (:public)", "desc")
                .setParameter("ids", ids).setParameter("public", PUBLIC).getResultList();
    }

    private TypedQuery<Entry> entries(String where, String direction) {
        return em.createQuery("select e from Entry e join fetch e.briefing where " + where
                        + " and e.state in (:states) order by e.publishedAt " + direction + ", e.id " + direction, Entry.class)
                .setParameter("states", SYNDICATED);
    }

    private static String keyEvents(boolean keyEventsOnly) {
        return keyEventsOnly ? " and e.keyEvent = true" : "";
    }

    /** One entry in any state, for features that check {@link Visibility} themselves (tagging, indexing). */
    public Optional<Entry> entry(long id) {
        return Optional.ofNullable(em.find(Entry.class, id));
    }

    /** The entry locked for update while it is published: a correction committing meanwhile waits. */
    public Optional<Entry> lockIfPublished(long id) {
        return Optional.ofNullable(em.find(Entry.class, id, LockModeType.PESSIMISTIC_WRITE)).filter(Visibility::isPublished);
    }

    /** How many entries are published, whatever their briefing's status: what the search index should hold. */
    public long countPublished() {
        return em.createQuery("select count(e) from Entry e where e.state = :synState", Long.class)
                .setParameter("synState", EntryState.PUBLISHED).getSingleResult();
    }

    /** Ids of published entries after {@code afterId}, in id order: batches for re-analysis. */
    public List<Long> publishedIdsAfter(long afterId, int limit) {
        return em.createQuery("select e.id from Entry e where e.id > :synAfter and e.state = :synState order by e.id",
                        Long.class)
                .setParameter("synAfter", afterId).setParameter("synState", EntryState.PUBLISHED)
                .setMaxResults(limit).getResultList();
    }

    /** Ids of every entry of the briefing, in any state. */
    public List<Long> entryIdsOf(long briefingId) {
        return em.createQuery("select e.id from Entry e where e.briefing.id = :synBriefing order by e.id", Long.class)
                .setParameter("synBriefing", briefingId).getResultList();
    }

    /**
     * Public entries among {@code ids}, newest first, older than {@code before} when it is given (a listed
     * entry: its publication time and id continue the order).
     */
    public List<Entry> publicAmong(EntryIds ids, Entry before, boolean keyEventsOnly, int limit) {
        String older = before == null ? ""
                : " and (e.publishedAt < :synAt or (e.publishedAt = :synAt and e.id < :synId))";
        TypedQuery<Entry> query = among(ids, List.of(EntryState.PUBLISHED), older + keyEvents(keyEventsOnly),
                "e.publishedAt desc, e.id desc");
        if (before != null) {
            query.setParameter("synAt", before.publishedAt()).setParameter("synId", before.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Tombstones among {@code ids}: retracted entries of public briefings, most recently retracted first. */
    public List<Entry> tombstonesAmong(EntryIds ids, int limit) {
        return among(ids, List.of(EntryState.RETRACTED), "", "e.retractedAt desc, e.id desc")
                .setMaxResults(limit).getResultList();
    }

    /**
     * A number that grows with every committed change of any briefing holding one of {@code ids}
     * ({@link ChangeLog#version()} explains why not the newest seq alone).
     */
    public long changeVersionAmong(EntryIds ids) {
        TypedQuery<Object[]> query = em.createQuery("select count(b), sum(b.changes) from LiveBriefing b where b.id in"
                + " (select e.briefing.id from Entry e where e.id in (" + ids.subquery() + "))", Object[].class);
        ids.parameters().forEach(query::setParameter);
        return ChangeLog.version(query.getSingleResult());
    }

    private TypedQuery<Entry> among(EntryIds ids, List<EntryState> states, String and, String order) {
        TypedQuery<Entry> query = em.createQuery("select e from Entry e join fetch e.briefing b where e.state in (:synStates)"
                        + " and b.status in (:synPublic) and e.id in (" + ids.subquery() + ")" + and + " order by " + order,
                Entry.class)
                .setParameter("synStates", states).setParameter("synPublic", PUBLIC);
        ids.parameters().forEach(query::setParameter);
        return query;
    }

    /**
     * Whether a feed may name entry {@code id} as the source of a translation: it was published once (a retracted one
     * keeps its id as a tombstone) in a briefing that is public. Not "is public now", so a correction or retraction of
     * the source never changes its translations' feeds: their readers see nothing until the translation's editor acts.
     */
    public boolean wasPublished(long id) {
        return em.createQuery("select e from Entry e join fetch e.briefing where e.id = :id and e.publishedAt is not null",
                        Entry.class)
                .setParameter("id", id).getResultStream().findFirst().filter(e -> Visibility.isPublic(e.briefing()))
                .isPresent();
    }
}
