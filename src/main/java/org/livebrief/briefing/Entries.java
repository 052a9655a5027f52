package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;
import org.livebrief.workflow.EntryState;
import org.livebrief.workflow.Transition;

/**
 * Posting, revising, moving and listing entries. Every lookup is scoped by the briefing id from the
 * URL, so an entry id from another briefing is a 404, never an action on that entry.
 */
@ApplicationScoped
public class Entries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Briefings briefings;

    @Inject
    ChangeLog changeLog;

    /** One page of the stream, and the id to pass as {@code before} for the next page (null at the end). */
    public record Page(List<Entry> items, Long nextBefore) {
    }

    @Transactional
    public Entry post(long briefingId, EntryRequest request, Caller caller) {
        LiveBriefing briefing = briefings.find(briefingId, caller);
        if (briefing.status() == BriefingStatus.CLOSED || briefing.status() == BriefingStatus.ARCHIVED) {
            throw ProblemException.conflict("briefing-closed", "The briefing is " + briefing.status().jsonName()
                    + " and takes no new entries", Map.of("status", briefing.status().jsonName()));
        }
        requireFlagsAllowed(request, caller, false, false);
        Entry entry = new Entry(briefing, request.validBody(), caller.name(),
                Boolean.TRUE.equals(request.keyEvent()), Boolean.TRUE.equals(request.pinned()), clock);
        em.persist(entry);
        return entry;
    }

    @Transactional
    public Entry revise(long briefingId, long entryId, EntryRequest request, String ifMatch, Caller caller) {
        Entry entry = find(briefingId, entryId, caller);
        if (request.id() != null && request.id() != entryId) {
            throw ProblemException.invalid("id", "does not match the entry in the URL");
        }
        ETags.require(ifMatch, entry.version());
        boolean own = entry.author().equals(caller.name());
        if (!caller.canEditAnything() && !(own && entry.state() != EntryState.PUBLISHED)) {
            throw ProblemException.forbidden("Reporters edit only their own unpublished entries");
        }
        boolean keyEvent = request.keyEvent() == null ? entry.keyEvent() : request.keyEvent();
        boolean pinned = request.pinned() == null ? entry.pinned() : request.pinned();
        requireFlagsAllowed(request, caller, entry.keyEvent(), entry.pinned());
        entry.revise(request.validBody(), keyEvent, pinned, clock);
        if (entry.state().isPublic()) {
            publicChange(entry, Change.Kind.ENTRY_UPDATED);
        }
        return entry;
    }

    @Transactional
    public Entry apply(long briefingId, long entryId, Transition transition, String ifMatch, Caller caller) {
        Entry entry = find(briefingId, entryId, caller);
        if (ifMatch != null) {
            ETags.require(ifMatch, entry.version());
        }
        boolean own = entry.author().equals(caller.name());
        boolean allowed = switch (transition) {
            case SUBMIT -> own || caller.canEditAnything();
            case PUBLISH -> caller.canEditAnything();
        };
        if (!allowed) {
            throw ProblemException.forbidden("You may not " + transition.pathName() + " this entry");
        }
        entry.apply(transition, clock);
        if (entry.state().isPublic()) {
            publicChange(entry, Change.Kind.ENTRY_PUBLISHED);
        }
        return entry;
    }

    /**
     * Adds an entry that was published elsewhere or earlier (imports, demo content), keeping its original
     * time. It enters the change log like any publication.
     */
    @Transactional
    public Entry importPublished(long briefingId, EntryRequest request, String author, java.time.Instant publishedAt,
                                 Caller importer) {
        LiveBriefing briefing = briefings.find(briefingId, importer);
        Entry entry = new Entry(briefing, request.validBody(), author, Boolean.TRUE.equals(request.keyEvent()),
                Boolean.TRUE.equals(request.pinned()), clock);
        entry.apply(Transition.PUBLISH, clock);
        entry.backdate(publishedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        em.persist(entry);
        publicChange(entry, Change.Kind.ENTRY_PUBLISHED);
        return entry;
    }

    public Entry find(long briefingId, long entryId, Caller caller) {
        briefings.find(briefingId, caller);
        return em.createQuery("select e from Entry e join fetch e.briefing where e.id = :id and e.briefing.id = :b", Entry.class)
                .setParameter("id", entryId).setParameter("b", briefingId)
                .getResultStream()
                .filter(e -> caller.isStaff() || e.state().isPublic())
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Entry", entryId));
    }

    /** Pinned entries first, then newest first. Staff see every state, the public only published entries. */
    public Page page(long briefingId, Caller caller, Long beforeId, int limit) {
        briefings.find(briefingId, caller);
        String visible = caller.isStaff() ? "" : " and e.state = :published";
        String after = "";
        Entry cursor = beforeId == null ? null : find(briefingId, beforeId, caller);
        if (cursor != null) {
            String older = "(e.timelineAt < :t or (e.timelineAt = :t and e.id < :id))";
            after = cursor.pinned() ? " and (e.pinned = false or " + older + ")" : " and e.pinned = false and " + older;
        }
        TypedQuery<Entry> query = em.createQuery("select e from Entry e join fetch e.briefing where e.briefing.id = :b" + visible + after
                + " order by e.pinned desc, e.timelineAt desc, e.id desc", Entry.class)
                .setParameter("b", briefingId)
                .setMaxResults(limit + 1);
        if (!caller.isStaff()) {
            query.setParameter("published", EntryState.PUBLISHED);
        }
        if (cursor != null) {
            query.setParameter("t", cursor.timelineAt()).setParameter("id", cursor.id());
        }
        List<Entry> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<Entry> items = more ? rows.subList(0, limit) : rows;
        return new Page(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
    }

    /** Published entries of a public briefing, for the reader page: pinned first, then newest first. */
    public List<Entry> published(LiveBriefing briefing, int limit) {
        return page(briefing.id(), Caller.ANONYMOUS, null, limit).items();
    }

    private void publicChange(Entry entry, Change.Kind kind) {
        entry.briefing().touch(clock);
        em.flush();
        changeLog.append(entry.briefing(), entry, kind);
    }

    private static void requireFlagsAllowed(EntryRequest request, Caller caller, boolean keyEvent, boolean pinned) {
        boolean changesFlags = (request.keyEvent() != null && request.keyEvent() != keyEvent)
                || (request.pinned() != null && request.pinned() != pinned);
        if (changesFlags && !caller.canEditAnything()) {
            throw ProblemException.forbidden("Only editors pin entries or mark key events");
        }
    }
}
