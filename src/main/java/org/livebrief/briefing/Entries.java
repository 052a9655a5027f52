package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/**
 * Posting, revising, finding and listing entries. Every lookup is scoped by the briefing id from the
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

    @Inject
    Event<EntryChange> entryChanges;

    @Inject
    Datelines datelines;

    @Inject
    SourceChanges sourceChanges;

    /** One page of the stream, and the id to pass as {@code before} for the next page (null at the end). */
    public record Page(List<Entry> items, Long nextBefore) {
    }

    @Transactional
    public Entry post(long briefingId, EntryRequest request, Caller caller) {
        LiveBriefing briefing = briefings.find(briefingId, caller);
        if (!briefing.status().takesEntries()) {
            throw ProblemException.conflict("briefing-closed", "The briefing is " + briefing.status().jsonName()
                    + " and takes no new entries", Map.of("status", briefing.status().jsonName()));
        }
        EntryFlags flags = request.flags(EntryRequest.NO_FLAGS);
        requireFlagsAllowed(caller, EntryRequest.NO_FLAGS, flags);
        requireTranslatable(briefing, flags.translationOf(), caller);
        requireBylines(briefing, EntryRequest.NO_FLAGS, flags);
        Entry entry = new Entry(briefing, request.validBody(), caller.name(), flags, clock);
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
        EditorialPolicy.checkEdit(caller, entry.facts());
        EntryFlags current = entry.flags();
        EntryFlags flags = request.flags(current);
        requireFlagsAllowed(caller, current, flags);
        requireTranslatable(entry.briefing(), flags.translationOf(), caller);
        requireBylines(entry.briefing(), current, flags);
        boolean minor = Boolean.TRUE.equals(request.minor());
        if (minor && !caller.canEditAnything()) {
            throw ProblemException.forbidden("Only editors mark an edit as a minor fix");
        }
        boolean wasPublic = entry.state().isPublic();
        SourceChanges.Before before = SourceChanges.Before.of(entry);
        Change.Kind kind = entry.revise(request.validBody(), flags, request.correctionNote(), minor, caller.name(), clock);
        if (kind == Change.Kind.ENTRY_CORRECTED) {
            sourceChanges.sourceChanged(entry, SourceChange.Kind.CORRECTED, before, request.correctionNote().strip());
        }
        if (!before.body().equals(entry.body())) {
            sourceChanges.synced(entry.id());
        }
        if (wasPublic) {
            publicChange(entry, kind);
        }
        return entry;
    }

    /**
     * The desk's edit before publication: text and flags of a draft, submitted, approved or scheduled entry. State
     * first (a published entry is a 409: corrections go through {@link #revise}), then who (403), then the version.
     */
    @Transactional
    public Entry editBeforePublication(long briefingId, long entryId, EntryRequest request, String ifMatch,
                                       Caller caller) {
        Entry entry = find(briefingId, entryId, caller);
        entry.requireBeforePublication();
        if (request.id() != null && request.id() != entryId) {
            throw ProblemException.invalid("id", "does not match the entry in the URL");
        }
        if (request.correctionNote() != null || request.minor() != null) {
            throw ProblemException.invalid(request.correctionNote() != null ? "correctionNote" : "minor",
                    "belongs to corrections of published entries, not to drafts");
        }
        EditorialPolicy.checkEdit(caller, entry.facts());
        ETags.require(ifMatch, entry.version());
        EntryFlags current = entry.flags();
        EntryFlags flags = request.flags(current);
        requireFlagsAllowed(caller, current, flags);
        requireTranslatable(entry.briefing(), flags.translationOf(), caller);
        requireBylines(entry.briefing(), current, flags);
        String before = entry.body();
        entry.editBeforePublication(request.validBody(), flags, caller.name(), clock);
        if (!before.equals(entry.body())) {
            sourceChanges.synced(entry.id());
        }
        return entry;
    }

    /** The author deletes their own draft; its history (Envers) keeps the last text and who deleted it. */
    @Transactional
    public void delete(long briefingId, long entryId, String ifMatch, Caller caller) {
        Entry entry = find(briefingId, entryId, caller);
        EditorialPolicy.checkDelete(caller, entry.facts());
        ETags.require(ifMatch, entry.version());
        em.createNativeQuery("delete from idempotency_key where entry_id = ?1").setParameter(1, entryId).executeUpdate();
        em.remove(entry);
    }

    /**
     * Adds an entry that was published elsewhere or earlier (imports, demo content), keeping its original
     * time. It enters the change log like any publication.
     */
    @Transactional
    public Entry importPublished(long briefingId, EntryRequest request, String author, Instant publishedAt,
                                 Caller importer) {
        LiveBriefing briefing = briefings.find(briefingId, importer);
        Entry entry = new Entry(briefing, request.validBody(), author, request.flags(EntryRequest.NO_FLAGS), clock);
        entry.apply(Transition.PUBLISH, importer.name(), TransitionRequest.NONE, clock);
        entry.backdate(publishedAt.truncatedTo(ChronoUnit.MICROS));
        em.persist(entry);
        publicChange(entry, Change.Kind.ENTRY_PUBLISHED);
        return entry;
    }

    /**
     * The entry and its briefing in one query. When there is none, or the caller may not see the briefing, the
     * briefing is looked up on its own so the 404 names what is missing, as {@link Briefings#find} would.
     */
    public Entry find(long briefingId, long entryId, Caller caller) {
        Entry entry = em.createQuery("select e from Entry e join fetch e.briefing where e.id = :id and e.briefing.id = :b",
                        Entry.class)
                .setParameter("id", entryId).setParameter("b", briefingId)
                .getResultStream().findFirst().orElse(null);
        if (entry == null || !Visibility.mayRead(caller, entry.briefing())) {
            briefings.find(briefingId, caller);
            throw ProblemException.notFound("Entry", entryId);
        }
        if (!caller.isStaff() && Visibility.isTombstone(entry)) {
            throw ProblemException.gone("Entry " + entryId + " was retracted: " + entry.retractionReason(),
                    Map.of("retractedAt", entry.retractedAt().toString()));
        }
        if (!Visibility.mayRead(caller, entry)) {
            throw ProblemException.notFound("Entry", entryId);
        }
        return entry;
    }

    /**
     * Is entry {@code id} public (published, in a public briefing)? False for one that does not exist. Its briefing
     * is fetched with it: views call this after their transaction, when a lazy briefing could not be loaded.
     */
    public boolean isPublic(long id) {
        return em.createQuery("select e from Entry e join fetch e.briefing where e.id = :id", Entry.class)
                .setParameter("id", id).getResultStream().findFirst().filter(Visibility::isPublic).isPresent();
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
        TypedQuery<Entry> query = em.createQuery("select e from Entry e join fetch e.briefing where e.briefing.id = :b"
                + visible + after + " order by e.pinned desc, e.timelineAt desc, e.id desc", Entry.class)
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

    /**
     * Logs a public change of the entry. The entry's own update is written first (its row lock and version check keep
     * concurrent changes of the entry in order), then observers of {@link EntryChange} (tagging) run, and the change
     * is appended at commit ({@link ChangeLog#appendAtCommit}): the briefing's row is locked only for its own update,
     * the change-log insert and the commit, after everything else the transaction writes, Envers' rows included,
     * since every other publisher of the briefing waits for that lock.
     */
    void publicChange(Entry entry, Change.Kind kind) {
        em.flush();
        EntryChange pending = new EntryChange(entry, kind);
        entryChanges.fire(pending);
        changeLog.appendAtCommit(entry.briefing(), entry, kind, pending::logged);
    }

    /** 400 when a contributor the request adds has no profile, or its dateline is not a place of the authority. */
    private void requireBylines(LiveBriefing briefing, EntryFlags current, EntryFlags flags) {
        org.livebrief.platform.Fields fields = new org.livebrief.platform.Fields();
        if (!flags.contributors().equals(current.contributors())) {
            for (Long id : flags.contributors()) {
                if (em.find(Contributor.class, id) == null) {
                    fields.add("contributors", "names no byline profile: " + id);
                }
            }
        }
        if (flags.dateline() != null && !flags.dateline().equals(current.dateline())
                && datelines.place(flags.dateline(), briefing.language()).isEmpty()) {
            fields.add("dateline", "must be the id of a place in the name authority: " + flags.dateline());
        }
        fields.throwIfAny();
    }

    private void requireTranslatable(LiveBriefing briefing, Long translationOf, Caller caller) {
        if (translationOf == null) {
            return;
        }
        Entry original = em.find(Entry.class, translationOf);
        boolean linked = original != null && briefing.translationGroup() != null
                && briefing.translationGroup().equals(original.briefing().translationGroup())
                && original.briefing().id() != briefing.id();
        if (!linked || !Visibility.mayRead(caller, original)) {
            throw ProblemException.invalid("translationOf", "must be an entry of a linked language version");
        }
    }

    private static void requireFlagsAllowed(Caller caller, EntryFlags current, EntryFlags wanted) {
        boolean changesFlags = current.keyEvent() != wanted.keyEvent() || current.pinned() != wanted.pinned();
        if (changesFlags && !caller.canEditAnything()) {
            throw ProblemException.forbidden("Only editors pin entries or mark key events");
        }
    }
}
