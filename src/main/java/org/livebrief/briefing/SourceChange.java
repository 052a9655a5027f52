package org.livebrief.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "Source changed": the entry a translation was made from ({@code sourceId}) was corrected or retracted after the
 * translation was last in step with it. {@code syncedVersion} and {@code syncedBody} are the source as the
 * translation knew it, so the desk can show the source's diff since then; a second correction before the editor
 * acts moves {@code changedAt}, {@code kind} and {@code note} but keeps what the translation was synced to.
 */
@Entity
@Table(name = "entry_source_change")
public class SourceChange {

    /** What happened to the source. */
    public enum Kind {
        CORRECTED, RETRACTED;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "synced_version", nullable = false, updatable = false)
    private long syncedVersion;

    @Column(name = "synced_body", nullable = false, updatable = false)
    private String syncedBody;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String note;

    protected SourceChange() {
    }

    SourceChange(long entryId, long sourceId, long syncedVersion, String syncedBody) {
        this.entryId = entryId;
        this.sourceId = sourceId;
        this.syncedVersion = syncedVersion;
        this.syncedBody = syncedBody;
    }

    /** Records one more change of the source; a retraction stays a retraction whatever follows it. */
    void changed(Kind what, String why, Instant at) {
        if (kind != Kind.RETRACTED) {
            kind = what;
            note = why;
        }
        changedAt = at;
    }

    public long entryId() {
        return entryId;
    }

    public long sourceId() {
        return sourceId;
    }

    public long syncedVersion() {
        return syncedVersion;
    }

    public String syncedBody() {
        return syncedBody;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Kind kind() {
        return kind;
    }

    public String note() {
        return note;
    }
}
