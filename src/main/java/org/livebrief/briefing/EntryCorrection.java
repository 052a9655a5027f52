package org.livebrief.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visible correction of a published entry: what was fixed, when and by whom. Never edited or deleted. */
@Entity
@Table(name = "entry_correction")
public class EntryCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private Entry entry;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, updatable = false)
    private String correctedBy;

    protected EntryCorrection() {
    }

    EntryCorrection(Entry entry, String note, Instant correctedAt, String correctedBy) {
        this.entry = entry;
        this.note = note;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
    }

    public String note() {
        return note;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String correctedBy() {
        return correctedBy;
    }
}
