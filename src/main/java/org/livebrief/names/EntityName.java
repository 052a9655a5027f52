package org.livebrief.names;

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
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** One name of a {@link NameEntity}: its name in a language, a variant, or a historical name. */
@Entity
@Table(name = "entity_name")
public class EntityName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id", nullable = false, updatable = false)
    private NameEntity entity;

    private String language;

    private String style;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String folded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NameKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NameStatus status;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected EntityName() {
    }

    EntityName(NameEntity entity, NameSpelling spelling) {
        this.entity = entity;
        this.language = spelling.language();
        this.style = spelling.style() == null ? null : spelling.style().json();
        this.text = spelling.text();
        this.folded = fold(spelling.text());
        this.kind = spelling.kind();
        this.status = spelling.status();
        this.validFrom = spelling.validFrom();
        this.validTo = spelling.validTo();
    }

    /** The form the duplicate check compares: NFC, lower case. */
    static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    NameSpelling spelling() {
        return new NameSpelling(text, language, HouseStyle.parse(style).orElse(null), kind, status, validFrom, validTo);
    }

    /** An editor's newer preferred spelling for the same language and style demotes this one. */
    void demote() {
        if (status == NameStatus.PREFERRED) {
            status = NameStatus.ACCEPTED;
        }
    }
}
