package org.livebrief.briefing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.livebrief.platform.ProblemException;

/**
 * One timestamped update in a briefing. Its body is always sanitized HTML. Its place in the stream
 * ({@code timelineAt}) is its creation time until it is published, then its first publication time,
 * which corrections never move. Every change is a revision (Envers); {@code revisionNote} says why. A changed
 * headline is an update, not a correction: newsrooms rewrite the headlines of live updates as a story develops.
 */
@Entity
@Audited
@Table(name = "briefing_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "briefing_id", nullable = false, updatable = false)
    private LiveBriefing briefing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryState state;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String excerpt;

    /** Optional plain text, shown above the body, as the permalink page's title and in the key-events list. */
    private String headline;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "timeline_at", nullable = false)
    private Instant timelineAt;

    @Column(name = "key_event", nullable = false)
    private boolean keyEvent;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    @Column(name = "retraction_reason")
    private String retractionReason;

    @Column(name = "revision_note")
    private String revisionNote;

    @Column(name = "translation_of")
    private Long translationOf;

    /** The last person other than the author who changed the text before publication: a second writer. */
    @Column(name = "rewritten_by")
    private String rewrittenBy;

    /** Who sent the entry back to its author, and why; kept until the author submits it again. */
    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "return_note")
    private String returnNote;

    @NotAudited
    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @OrderBy("correctedAt")
    private List<EntryCorrection> corrections = new ArrayList<>();

    /** Byline profiles' ids in byline order (issue #17, item 4); empty: the author's byline. */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entry_contributor", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "contributor_id")
    @BatchSize(size = 50)
    private List<Long> contributors = new ArrayList<>();

    /** The place the entry was reported from: a name-authority entity's id, or null. */
    @Column(name = "dateline_entity_id")
    private Long dateline;

    @Version
    private long version;

    protected Entry() {
    }

    Entry(LiveBriefing briefing, EntryBody body, String author, EntryFlags flags, Clock clock) {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("An entry needs a body");
        }
        this.briefing = briefing;
        this.state = EntryState.DRAFT;
        this.body = body.html();
        this.excerpt = body.excerpt();
        this.author = author;
        this.createdAt = LiveBriefing.now(clock);
        this.updatedAt = createdAt;
        this.timelineAt = createdAt;
        this.keyEvent = flags.keyEvent();
        this.pinned = flags.pinned();
        this.publishAt = flags.publishAt();
        this.translationOf = flags.translationOf();
        this.headline = flags.headline();
        this.contributors = new ArrayList<>(flags.contributors());
        this.dateline = flags.dateline();
    }

    /** Takes a workflow transition for {@code by}; the caller has checked the policy. */
    void apply(Transition transition, String by, TransitionRequest request, Clock clock) {
        EntryState next = state.next(transition);
        Instant now = LiveBriefing.now(clock);
        revisionNote = null;
        switch (transition) {
            case SUBMIT -> clearReturn();
            case APPROVE -> approvedBy = by;
            case REJECT -> {
                approvedBy = null;
                revisionNote = required("note", request.note());
                returnedBy = by;
                returnNote = revisionNote;
            }
            case SCHEDULE -> {
                publishAt = futureOrFail(request.publishAt() != null ? request.publishAt() : publishAt, now);
                approveIfSecondPerson(by);
                clearReturn();
            }
            case PUBLISH -> {
                approveIfSecondPerson(by);
                markPublished(now);
                clearReturn();
            }
            case RETRACT -> {
                retractionReason = required("reason", request.reason());
                retractedAt = now;
                revisionNote = retractionReason;
                pinned = false; // a retracted entry never stays at the top of the desk or the page
            }
        }
        state = next;
        updatedAt = now;
    }

    /** The embargo scheduler's step: a scheduled entry whose time has come is published, once. */
    boolean publishIfDue(Clock clock) {
        Instant now = LiveBriefing.now(clock);
        if (state != EntryState.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        state = EntryState.PUBLISHED;
        revisionNote = null;
        markPublished(now);
        updatedAt = now;
        return true;
    }

    /**
     * Replaces the body and flags. A changed body of a published entry needs a correction note unless it
     * is a minor fix (typography only: {@link Typography}); an approved entry whose body changes needs approval again.
     */
    Change.Kind revise(EntryBody newBody, EntryFlags flags, String correctionNote, boolean minor, String by, Clock clock) {
        boolean bodyChanged = !newBody.html().equals(body);
        if (state == EntryState.RETRACTED) {
            return unpinRetracted(bodyChanged, flags, clock);
        }
        Instant now = LiveBriefing.now(clock);
        Change.Kind kind = Change.Kind.ENTRY_UPDATED;
        revisionNote = null;
        if (bodyChanged && state == EntryState.PUBLISHED && minor && !Typography.onlyTypographyChanged(body, newBody.html())) {
            throw ProblemException.invalid("minor", "a minor fix may change typography only (quotes, dashes, spaces,"
                    + " punctuation, emphasis); this edit changes words or links, so it is a correction: give a"
                    + " correctionNote and leave minor out");
        }
        if (bodyChanged && state == EntryState.PUBLISHED && !minor) {
            String note = required("correctionNote", correctionNote);
            corrections.add(new EntryCorrection(this, note, now, by));
            revisionNote = note;
            kind = Change.Kind.ENTRY_CORRECTED;
        }
        if (bodyChanged && state.isApproved()) {
            state = EntryState.SUBMITTED;
            approvedBy = null;
        }
        if (bodyChanged && !state.isPublic() && !by.equals(author)) {
            rewrittenBy = by;
        }
        body = newBody.html();
        excerpt = newBody.excerpt();
        keyEvent = flags.keyEvent();
        pinned = flags.pinned();
        publishAt = flags.publishAt();
        headline = flags.headline();
        if (!contributors.equals(flags.contributors())) {
            contributors.clear();
            contributors.addAll(flags.contributors());
        }
        dateline = flags.dateline();
        updatedAt = now;
        return kind;
    }

    /**
     * The desk's edit before publication ({@code PUT …/entries/{id}/draft}): the text and flags of an entry that is
     * not yet public. A published entry is corrected through {@link #revise} instead, so this refuses it with 409.
     */
    void editBeforePublication(EntryBody newBody, EntryFlags flags, String by, Clock clock) {
        requireBeforePublication();
        revise(newBody, flags, null, false, by, clock);
    }

    /** 409 naming the state unless the entry is still before publication (draft, submitted, approved, scheduled). */
    void requireBeforePublication() {
        if (!state.isBeforePublication()) {
            throw ProblemException.conflict("not-a-draft", "The entry is " + state.jsonName()
                    + ": published entries are corrected with PUT on the entry itself, with a correctionNote",
                    java.util.Map.of("state", state.jsonName()));
        }
    }

    /**
     * Entries retracted before retraction unpinned them may still be pinned: the one edit a retracted entry takes is
     * unpinning it. Anything else is a 409.
     */
    private Change.Kind unpinRetracted(boolean bodyChanged, EntryFlags flags, Clock clock) {
        boolean onlyUnpins = !bodyChanged && pinned && !flags.pinned() && flags.keyEvent() == keyEvent
                && java.util.Objects.equals(flags.publishAt(), publishAt)
                && java.util.Objects.equals(flags.translationOf(), translationOf)
                && java.util.Objects.equals(flags.headline(), headline)
                && flags.contributors().equals(contributors) && java.util.Objects.equals(flags.dateline(), dateline);
        if (!onlyUnpins) {
            throw ProblemException.conflict("retracted", "A retracted entry cannot be edited, only unpinned",
                    java.util.Map.of("state", "retracted"));
        }
        revisionNote = null;
        pinned = false;
        updatedAt = LiveBriefing.now(clock);
        return Change.Kind.ENTRY_UPDATED;
    }

    private void clearReturn() {
        returnedBy = null;
        returnNote = null;
    }

    /** For imported or demo content whose publication time lies in the past. */
    void backdate(Instant at) {
        this.createdAt = at;
        this.updatedAt = at;
        this.timelineAt = at;
        if (publishedAt != null) {
            this.publishedAt = at;
        }
    }

    EditorialPolicy.EntryFacts facts() {
        return new EditorialPolicy.EntryFacts(author, state, approvedBy, rewrittenBy);
    }

    private void markPublished(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
            timelineAt = now;
        }
    }

    private void approveIfSecondPerson(String by) {
        if (approvedBy == null && !by.equals(author)) {
            approvedBy = by;
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        if (value.length() > 2000 || !org.livebrief.platform.Fields.isCleanText(value)) {
            throw ProblemException.invalid(field, "must be at most 2000 characters of plain text");
        }
        return value.strip();
    }

    private static Instant futureOrFail(Instant at, Instant now) {
        if (at == null) {
            throw ProblemException.invalid("publishAt", "is required to schedule");
        }
        if (!at.isAfter(now)) {
            throw ProblemException.invalid("publishAt", "must be in the future; publish instead");
        }
        return at;
    }

    public long id() {
        return id;
    }

    public LiveBriefing briefing() {
        return briefing;
    }

    public EntryState state() {
        return state;
    }

    public String body() {
        return body;
    }

    public String excerpt() {
        return excerpt;
    }

    /** The headline, or null when the entry has none. */
    public String headline() {
        return headline;
    }

    /** The byline profiles that sign the entry, in order; empty when its author's byline does. */
    public List<Long> contributors() {
        return List.copyOf(contributors);
    }

    /** The dateline's name-authority place, or null. */
    public Long dateline() {
        return dateline;
    }

    /** What stands for the entry where a title is wanted: its headline, or the first sentence of its text. */
    public String title() {
        return headline != null ? headline : EntryBody.firstSentence(excerpt);
    }

    EntryFlags flags() {
        return new EntryFlags(keyEvent, pinned, publishAt, translationOf, headline, contributors, dateline);
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant timelineAt() {
        return timelineAt;
    }

    public boolean keyEvent() {
        return keyEvent;
    }

    public boolean pinned() {
        return pinned;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant retractedAt() {
        return retractedAt;
    }

    public String retractionReason() {
        return retractionReason;
    }

    public String revisionNote() {
        return revisionNote;
    }

    public Long translationOf() {
        return translationOf;
    }

    public String rewrittenBy() {
        return rewrittenBy;
    }

    public String returnedBy() {
        return returnedBy;
    }

    public String returnNote() {
        return returnNote;
    }

    public List<EntryCorrection> corrections() {
        return List.copyOf(corrections);
    }

    public long version() {
        return version;
    }
}
