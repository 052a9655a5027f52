package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.livebrief.workflow.EntryState;

/**
 * What syndication may read: entries that are or were public (published, and retracted ones as
 * tombstones), in publication order, and the change-log position that versions them. An entry's place in
 * this order never moves (publishedAt is set once), so numbered slices of it are stable archives.
 */
@ApplicationScoped
public class Syndication {

    private static final List<EntryState> SYNDICATED = List.of(EntryState.PUBLISHED, EntryState.RETRACTED);
    private static final List<BriefingStatus> PUBLIC = List.of(BriefingStatus.LIVE, BriefingStatus.CLOSED);

    @PersistenceContext
    EntityManager em;

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

    /** The newest change-log seq of all briefings. */
    public long latestSeq() {
        Long seq = em.createQuery("select max(c.seq) from Change c", Long.class).getSingleResult();
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
}
