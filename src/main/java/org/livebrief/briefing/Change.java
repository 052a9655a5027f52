package org.livebrief.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the ordered change log: something public changed in a briefing. {@code seq} increases
 * monotonically; live push uses it as the SSE event id and feeds as their cache key.
 */
@Entity
@Table(name = "change_log")
public class Change {

    public enum Kind {
        BRIEFING_CREATED, BRIEFING_UPDATED, BRIEFING_STATUS_CHANGED,
        ENTRY_PUBLISHED, ENTRY_UPDATED, ENTRY_CORRECTED, ENTRY_RETRACTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "briefing_id", nullable = false, updatable = false)
    private long briefingId;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected Change() {
    }

    Change(long briefingId, Long entryId, Kind kind, Instant occurredAt) {
        this.briefingId = briefingId;
        this.entryId = entryId;
        this.kind = kind;
        this.occurredAt = occurredAt;
    }

    /** Stamps a change made before its time was known ({@link ChangeLog#appendAtCommit}), just before it is written. */
    void occurredAt(Instant at) {
        this.occurredAt = at;
    }

    public long seq() {
        return seq;
    }

    public long briefingId() {
        return briefingId;
    }

    public Long entryId() {
        return entryId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
