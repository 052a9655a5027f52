package org.livebrief.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One mention of an entity in an entry: {@code text} is the entry's plain text ({@link Tagger#plainText})
 * from {@code start} to {@code end}, in UTF-16 code units. Rows are replaced as a set whenever the entry is
 * tagged again; they are never edited.
 */
@Entity
@Table(name = "entry_mention")
public class EntryMention {

    /** Longer spans are not names; they are not stored. */
    static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    @Column(nullable = false, updatable = false)
    private String text;

    protected EntryMention() {
    }

    EntryMention(long entryId, Tagger.Mention mention) {
        this.entryId = entryId;
        this.entityId = mention.entityId();
        this.start = mention.start();
        this.end = mention.end();
        this.text = mention.text();
    }

    Tagger.Mention mention() {
        return new Tagger.Mention(entityId, start, end, text);
    }

    public long entryId() {
        return entryId;
    }

    public long entityId() {
        return entityId;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }
}
