package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/** Creating, revising and finding live briefings. Visibility rules live here, not in the resources. */
@ApplicationScoped
public class Briefings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    Datelines datelines;

    @Transactional
    public LiveBriefing create(BriefingRequest request, Caller caller) {
        BriefingRequest.Valid valid = request.validateForCreate();
        requirePlace(valid.event(), null, valid.language().toLanguageTag());
        bySlug(valid.slug()).ifPresent(existing -> {
            throw ProblemException.conflict("duplicate-slug", "The slug " + valid.slug() + " is taken",
                    Map.of("existingId", existing.id()));
        });
        LiveBriefing briefing = new LiveBriefing(valid, caller.name(), clock);
        em.persist(briefing);
        em.flush();
        changeLog.append(briefing, null, Change.Kind.BRIEFING_CREATED);
        return briefing;
    }

    @Transactional
    public LiveBriefing revise(long id, BriefingRequest request, String ifMatch, Caller caller) {
        LiveBriefing briefing = find(id, caller);
        ETags.require(ifMatch, briefing.version());
        BriefingRequest.Valid valid = request.validateForUpdate(briefing);
        requirePlace(valid.event(), briefing.event(), briefing.language());
        briefing.revise(valid, clock);
        em.flush();
        changeLog.append(briefing, null, Change.Kind.BRIEFING_UPDATED);
        return briefing;
    }

    /** 400 when a newly given event place is not a place of the name authority. */
    private void requirePlace(BriefingRequest.Event event, BriefingRequest.Event current, String language) {
        Long place = event == null ? null : event.place();
        if (place != null && !(current != null && place.equals(current.place()))
                && datelines.place(place, language).isEmpty()) {
            throw ProblemException.invalid("event.place", "must be the id of a place in the name authority: " + place);
        }
    }

    /** Moves the briefing through its lifecycle (go live, close, reopen, archive). */
    @Transactional
    public LiveBriefing take(long id, BriefingStatus.Action action, String ifMatch, Caller caller) {
        LiveBriefing briefing = find(id, caller);
        ETags.require(ifMatch, briefing.version());
        briefing.take(action, clock);
        em.flush();
        changeLog.append(briefing, null, Change.Kind.BRIEFING_STATUS_CHANGED);
        return briefing;
    }

    /** Marks two briefings as language versions of one story (and with every version either already has). */
    @Transactional
    public LiveBriefing linkTranslation(long id, long otherId, Caller caller) {
        LiveBriefing briefing = find(id, caller);
        LiveBriefing other = find(otherId, caller);
        if (id == otherId || briefing.language().equals(other.language())) {
            throw ProblemException.invalid("briefingId", "must be another briefing in another language");
        }
        String group = java.util.UUID.randomUUID().toString();
        String absorbed = other.translationGroup();
        briefing.linkTranslation(other, group);
        if (absorbed != null && !absorbed.equals(briefing.translationGroup())) {
            translations(absorbed).forEach(b -> b.linkTranslation(briefing, group));
        }
        em.flush();
        changeLog.append(briefing, null, Change.Kind.BRIEFING_UPDATED);
        changeLog.append(other, null, Change.Kind.BRIEFING_UPDATED);
        return briefing;
    }

    /** The briefing's other language versions that {@code caller} may see: a draft's existence is not revealed. */
    public List<LiveBriefing> translationsOf(LiveBriefing briefing, Caller caller) {
        if (briefing.translationGroup() == null) {
            return List.of();
        }
        return translations(briefing.translationGroup()).stream()
                .filter(b -> b.id() != briefing.id() && Visibility.mayRead(caller, b)).toList();
    }

    private List<LiveBriefing> translations(String group) {
        return em.createQuery("select b from LiveBriefing b where b.translationGroup = :g order by b.language",
                LiveBriefing.class).setParameter("g", group).getResultList();
    }

    /** The briefing, if the caller may see it; otherwise 404 (a draft's existence is not revealed). */
    public LiveBriefing find(long id, Caller caller) {
        LiveBriefing briefing = em.find(LiveBriefing.class, id);
        if (briefing == null || !Visibility.mayRead(caller, briefing)) {
            throw ProblemException.notFound("Briefing", id);
        }
        return briefing;
    }

    public Optional<LiveBriefing> findPublic(String slug) {
        return bySlug(slug).filter(Visibility::isPublic);
    }

    public Optional<LiveBriefing> bySlug(String slug) {
        return em.createQuery("select b from LiveBriefing b where b.slug = :slug", LiveBriefing.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Newest first, as {@code filter} narrows them; {@code beforeId} continues a previous page. */
    public List<LiveBriefing> list(Caller caller, BriefingFilter filter, Long beforeId, int limit) {
        String visible = caller.isStaff() ? "" : " and b.status in (:public)";
        var query = em.createQuery("select b from LiveBriefing b where b.id < :before" + visible + filter.conditions()
                                + " order by b.id desc", LiveBriefing.class)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit);
        if (!caller.isStaff()) {
            query.setParameter("public", Visibility.PUBLIC_STATUSES);
        }
        filter.parameters(caller).forEach(query::setParameter);
        return query.getResultList();
    }
}
