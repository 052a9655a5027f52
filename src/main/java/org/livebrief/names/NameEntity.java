package org.livebrief.names;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry of the name authority: a person, place or organisation with its names per language, variant
 * spellings, historical names, related entities and context phrases. At most one name per language and
 * style is preferred: preferring a new spelling demotes the old one to accepted.
 */
@Entity
@Table(name = "name_entity")
public class NameEntity {

    /** Another entity this one is related to, such as a spouse, not another spelling of this one. */
    @Embeddable
    public record Relation(@Column(name = "related_id") long relatedId, @Column(name = "relation") String relation) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntityType type;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /**
     * An editor's prominence, 0 to {@link #MAX_PROMINENCE}: a tie goes to the one tied entity with the most
     * ({@link NameIndex}).
     */
    @Column(nullable = false)
    private int prominence;

    public static final int MAX_PROMINENCE = 100;

    @OneToMany(mappedBy = "entity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EntityName> names = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "entity_relation", joinColumns = @JoinColumn(name = "entity_id"))
    private Set<Relation> relations = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "name_context", joinColumns = @JoinColumn(name = "entity_id"))
    @Column(name = "phrase")
    private Set<String> contexts = new LinkedHashSet<>();

    protected NameEntity() {
    }

    NameEntity(EntityType type, String createdBy, Clock clock) {
        this.type = type;
        this.createdBy = createdBy;
        this.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    /** Adds a spelling; a preferred one replaces the earlier preferred one of its language and style. */
    void add(NameSpelling spelling, Clock clock) {
        if (spelling.status() == NameStatus.PREFERRED && spelling.language() != null) {
            names.stream().filter(n -> n.spelling().isPreferredIn(spelling.language(), spelling.style()))
                    .forEach(EntityName::demote);
        }
        names.add(new EntityName(this, spelling));
        touch(clock);
    }

    void relateTo(long relatedId, String relation, Clock clock) {
        relations.add(new Relation(relatedId, relation));
        touch(clock);
    }

    /** A phrase in which a deprecated spelling is right ("chicken Kiev"); the style checker leaves it be. */
    void allowIn(String phrase, Clock clock) {
        contexts.add(phrase);
        touch(clock);
    }

    void setProminence(int prominence, Clock clock) {
        this.prominence = prominence;
        touch(clock);
    }

    private void touch(Clock clock) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt;
    }

    public long id() {
        return id;
    }

    public EntityType type() {
        return type;
    }

    public List<NameSpelling> spellings() {
        return names.stream().map(EntityName::spelling).toList();
    }

    public Set<Relation> relations() {
        return Set.copyOf(relations);
    }

    public List<String> contexts() {
        return List.copyOf(contexts);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public int prominence() {
        return prominence;
    }

    /** What the matcher and the style checker need, detached from the persistence context. */
    NameCard card() {
        return new NameCard(id, type, spellings(), contexts(), prominence);
    }
}
