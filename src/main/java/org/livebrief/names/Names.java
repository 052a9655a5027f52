package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/** Registering, amending, finding and resolving entities of the name authority. */
@ApplicationScoped
public class Names {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NameDirectory directory;

    @Inject
    jakarta.enterprise.event.Event<Retagging.AuthorityChanged> authorityChanged;

    @Inject
    @ConfigProperty(name = "livebrief.names.style", defaultValue = "rferl")
    String defaultStyleName;

    /** The newsroom's default house style ({@code livebrief.names.style}). */
    public HouseStyle defaultStyle() {
        return HouseStyle.parse(defaultStyleName).orElse(HouseStyle.RFERL);
    }

    /**
     * Registers an entity. Refused with 409 and the holder's {@code existingId} when an entity of the
     * same type already has one of these names in the same language, unless duplicates are allowed
     * (true homonyms). Without an English name, one is made from the native name in the default style.
     */
    @Transactional
    public NameView register(NameRequest request, Caller caller) {
        NameRequest.Valid valid = request.validate();
        if (!valid.allowDuplicate()) {
            duplicateOf(valid).ifPresent(existing -> {
                throw ProblemException.conflict("duplicate-name",
                        "An entity of this type already has that name; send allowDuplicate for a true homonym",
                        Map.of("existingId", existing));
            });
        }
        NameEntity entity = new NameEntity(valid.type(), caller.name(), clock);
        valid.names().forEach((language, text) -> entity.add(NameSpelling.name(language, text), clock));
        englishSpelling(defaultStyle(), valid.names()).ifPresent(en -> entity.add(NameSpelling.name("en", en), clock));
        valid.variants().forEach(v -> entity.add(v, clock));
        valid.contexts().forEach(c -> entity.allowIn(c, clock));
        for (NameRequest.Related related : valid.related()) {
            find(related.id());
            entity.relateTo(related.id(), related.relation() == null ? "related" : related.relation(), clock);
        }
        em.persist(entity);
        em.flush();
        authorityChanged.fire(new Retagging.AuthorityChanged(entity.id()));
        return NameView.of(entity, defaultStyle());
    }

    /**
     * The English name made in {@code style} from the native names, when the request gives none. Romanized
     * names grow (щ is shch): one too long for the names table is left out rather than failing the insert.
     */
    static Optional<String> englishSpelling(HouseStyle style, Map<String, String> names) {
        return (names.containsKey("en") ? Optional.<String>empty() : style.spell(names))
                .filter(en -> en.length() <= NameRequest.MAX_TEXT && EntityName.fold(en).length() <= NameRequest.MAX_TEXT);
    }

    /**
     * Sets the entity's prominence, which settles a tie between entities that share a name when neither the
     * text nor the briefing tells them apart ({@link NameIndex}); {@code ifMatch} must name the current version.
     */
    @Transactional
    public NameView setProminence(long id, NameRequest.Prominence request, String ifMatch) {
        int prominence = org.livebrief.platform.Requests.body(request).validate();
        NameEntity entity = find(id);
        org.livebrief.platform.ETags.require(ifMatch, entity.version());
        if (entity.prominence() != prominence) {
            entity.setProminence(prominence, clock);
            em.flush();
            authorityChanged.fire(new Retagging.AuthorityChanged(id));
        }
        return NameView.of(entity, defaultStyle());
    }

    /** Adds a variant, or (status preferred, with a style) an editor's spelling for one house style. */
    @Transactional
    public NameView addVariant(long id, NameRequest.Variant variant) {
        org.livebrief.platform.Fields fields = new org.livebrief.platform.Fields();
        NameSpelling spelling = org.livebrief.platform.Requests.body(variant).validate(fields, "variant");
        fields.throwIfAny();
        NameEntity entity = find(id);
        entity.add(spelling, clock);
        em.flush();
        authorityChanged.fire(new Retagging.AuthorityChanged(id));
        return NameView.of(entity, defaultStyle());
    }

    @Transactional
    public NameView read(long id) {
        return NameView.of(find(id), defaultStyle());
    }

    private NameEntity find(long id) {
        NameEntity entity = em.find(NameEntity.class, id);
        if (entity == null) {
            throw ProblemException.notFound("Name entity", id);
        }
        return entity;
    }

    public boolean datasetLoaded(String dataset) {
        return em.createNativeQuery("select count(*) from name_dataset where name = ?1")
                .setParameter(1, dataset).getSingleResult() instanceof Number n && n.longValue() > 0;
    }

    @Transactional
    public void markDatasetLoaded(String dataset, int entities) {
        em.createNativeQuery("insert into name_dataset (name, loaded_at, entities) values (?1, ?2, ?3)")
                .setParameter(1, dataset).setParameter(2, java.time.OffsetDateTime.now(clock))
                .setParameter(3, entities).executeUpdate();
    }

    public NameDirectory.Snapshot snapshot() {
        return directory.current();
    }

    private Optional<Long> duplicateOf(NameRequest.Valid valid) {
        for (Map.Entry<String, String> name : valid.names().entrySet()) {
            Optional<Long> holder = em.createQuery("""
                            select n.entity.id from EntityName n
                            where n.folded = :folded and n.language = :language and n.kind = :kind
                              and n.entity.type = :type order by n.entity.id""", Long.class)
                    .setParameter("folded", EntityName.fold(name.getValue()))
                    .setParameter("language", name.getKey())
                    .setParameter("kind", NameKind.NAME)
                    .setParameter("type", valid.type())
                    .setMaxResults(1).getResultStream().findFirst();
            if (holder.isPresent()) {
                return holder;
            }
        }
        return Optional.empty();
    }
}
