package org.livebrief.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import org.livebrief.workflow.EntryState;
import org.livebrief.workflow.Transition;

/**
 * One timestamped update in a briefing. Its body is always sanitized HTML. Its place in the stream
 * ({@code timelineAt}) is its creation time until it is published, then its publication time.
 */
@Entity
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

    @Version
    private long version;

    protected Entry() {
    }

    Entry(LiveBriefing briefing, EntryBody body, String author, boolean keyEvent, boolean pinned, Clock clock) {
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
        this.keyEvent = keyEvent;
        this.pinned = pinned;
    }

    /** Moves through the workflow; publishing fixes the entry's place in the stream for good. */
    void apply(Transition transition, Clock clock) {
        EntryState next = state.next(transition);
        Instant now = LiveBriefing.now(clock);
        if (next == EntryState.PUBLISHED && publishedAt == null) {
            publishedAt = now;
            timelineAt = now;
        }
        state = next;
        updatedAt = now;
    }

    /** Replaces the body and flags; the id, author and publication time stay. */
    void revise(EntryBody newBody, boolean newKeyEvent, boolean newPinned, Clock clock) {
        if (newBody.isEmpty()) {
            throw new IllegalArgumentException("An entry needs a body");
        }
        this.body = newBody.html();
        this.excerpt = newBody.excerpt();
        this.keyEvent = newKeyEvent;
        this.pinned = newPinned;
        this.updatedAt = LiveBriefing.now(clock);
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

    public long version() {
        return version;
    }
}
