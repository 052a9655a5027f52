package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.Messages;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.Requests;

/**
 * Byline profiles ({@code contributor}) and what every public output signs entries with. Readers never see a login
 * name: an author with a profile is shown by the profile's display name in the briefing's language, an author
 * without one as the newsroom ("Staff" in the page's language). Admins make profiles; a contributor edits their
 * own. The profiles of logins are held in memory and read again after a change here, or after
 * {@link #CACHE_TTL} (another node's change).
 */
@ApplicationScoped
public class Contributors {

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    static final int MAX_LISTED = 200;

    /**
     * A byline as readers see it: a person with a profile, or the newsroom. {@code avatar} is the path of one of this
     * site's own pictures, or null.
     */
    public record Byline(String name, String role, String profileUrl, boolean person, String avatar) {

        public Byline(String name, String role, String profileUrl, boolean person) {
            this(name, role, profileUrl, person, null);
        }
    }

    /**
     * The bylines of one language: login → what readers see; and, for an entry, who signs it (its contributors, else
     * its author) and where from (its dateline, as {@link Datelines#shown} writes it).
     */
    @FunctionalInterface
    public interface Bylines {
        Byline of(String login);

        default String name(String login) {
            return of(login).name();
        }

        /** A profile's byline by its id, or null when there is no such profile. */
        default Byline byId(long id) {
            return null;
        }

        /** The name of the entry's place ("Kyiv"), or null when it has none. */
        default String place(Entry entry) {
            return null;
        }

        /** The entry's place as a dateline ("KYIV —"), or null when it has none. */
        default String dateline(Entry entry) {
            return null;
        }

        /** Who signs the entry, in order: its contributors that still have profiles, else its author. */
        default List<Byline> of(Entry entry) {
            List<Byline> named = entry.contributors().stream().map(this::byId).filter(java.util.Objects::nonNull)
                    .toList();
            return named.isEmpty() ? List.of(of(entry.author())) : named;
        }
    }

    /** Fired when a profile changed; the cache is dropped once the change committed. */
    record Changed(long id) {
    }

    /** A profile held in memory. */
    record Card(Map<String, String> names, String role, String profileUrl, String avatar) {

        /** The name for {@code language}: its exact tag, then its language, then English, then the first tag. */
        String name(Locale language) {
            String exact = names.get(language.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            String base = language.getLanguage();
            for (Map.Entry<String, String> n : names.entrySet()) {
                if (Locale.forLanguageTag(n.getKey()).getLanguage().equals(base)) {
                    return n.getValue();
                }
            }
            return names.getOrDefault("en", names.values().iterator().next());
        }
    }

    private record Snapshot(Map<String, Card> byLogin, Map<Long, Card> byId, Instant loadedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Changed> changed;

    @Inject
    Datelines datelines;

    private volatile Snapshot snapshot;

    /** What readers of a page or feed in {@code language} see for each login. */
    public Bylines in(Locale language) {
        Snapshot cards = cards();
        Byline newsroom = new Byline(Messages.forLocale(language).get("briefing.byline.staff"), null, null, false, null);
        return new Bylines() {
            @Override
            public Byline of(String login) {
                Card card = login == null ? null : cards.byLogin().get(login);
                return card == null ? newsroom : byline(card);
            }

            @Override
            public Byline byId(long id) {
                Card card = cards.byId().get(id);
                return card == null ? null : byline(card);
            }

            private Byline byline(Card card) {
                return new Byline(card.name(language), card.role(), card.profileUrl(), true, card.avatar());
            }

            @Override
            public String place(Entry entry) {
                return entry.dateline() == null ? null
                        : datelines.place(entry.dateline(), language.toLanguageTag()).orElse(null);
            }

            @Override
            public String dateline(Entry entry) {
                String place = place(entry);
                return place == null ? null : Datelines.shown(place, language);
            }
        };
    }

    @Transactional
    public Contributor create(ContributorRequest request) {
        ContributorRequest.Valid valid = Requests.body(request).validate();
        if (valid.login() != null) {
            byLogin(valid.login()).ifPresent(existing -> {
                throw exists(existing);
            });
        }
        Contributor contributor = new Contributor(valid, clock.instant());
        try {
            em.persist(contributor);
            em.flush();
        } catch (PersistenceException raced) {
            // The unique login: another request made this login's profile a moment ago.
            throw ProblemException.conflict("contributor-exists", "This login already has a profile", Map.of());
        }
        changed.fire(new Changed(contributor.id()));
        return contributor;
    }

    /** Profiles by id, newest first, {@code before} an id; one login's with {@code login}. */
    @Transactional
    public List<Contributor> list(String login, Long before, int limit) {
        if (login != null && !login.isBlank()) {
            return byLogin(login.strip()).stream().toList();
        }
        return em.createQuery("select c from Contributor c where c.id < :before order by c.id desc", Contributor.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(Math.min(limit, MAX_LISTED)).getResultList();
    }

    @Transactional
    public Contributor find(long id) {
        Contributor contributor = em.find(Contributor.class, id);
        if (contributor == null) {
            throw ProblemException.notFound("Contributor", id);
        }
        return contributor;
    }

    @Transactional
    public Optional<Contributor> byLogin(String login) {
        return em.createQuery("select c from Contributor c where c.login = :login", Contributor.class)
                .setParameter("login", login).getResultStream().findFirst();
    }

    /** An admin edits any profile, a contributor their own; the login a profile signs for never changes. */
    @Transactional
    public Contributor update(long id, ContributorRequest request, String ifMatch, Caller caller) {
        Contributor contributor = find(id);
        if (!caller.admin() && (contributor.login() == null || !contributor.login().equals(caller.name()))) {
            throw ProblemException.forbidden("Only an admin or the contributor may edit this profile");
        }
        ContributorRequest.Valid valid = Requests.body(request).validate();
        if (valid.login() != null && !valid.login().equals(contributor.login())) {
            throw ProblemException.invalid("login", "cannot change: make a new profile for another login");
        }
        ETags.require(ifMatch, contributor.version());
        contributor.apply(valid, clock.instant());
        em.flush();
        changed.fire(new Changed(id));
        return contributor;
    }

    /** 403 unless {@code caller} may edit the profile (an admin, or the contributor it signs for); 404 when none. */
    @Transactional
    public void requireEditable(long id, Caller caller) {
        Contributor contributor = find(id);
        if (!caller.admin() && (contributor.login() == null || !contributor.login().equals(caller.name()))) {
            throw ProblemException.forbidden("Only an admin or the contributor may edit this profile");
        }
    }

    /** Sets the profile's picture to one of this site's renditions ({@code media}'s avatar upload). */
    @Transactional
    public Contributor setAvatar(long id, String path, Caller caller) {
        requireEditable(id, caller);
        if (!Figures.MEDIA_URL.matcher(path).matches()) {
            throw new IllegalArgumentException("not one of our media paths: " + path);
        }
        Contributor contributor = find(id);
        contributor.avatar(path, clock.instant());
        em.flush();
        changed.fire(new Changed(id));
        return contributor;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Contributor contributor = find(id);
        ETags.require(ifMatch, contributor.version());
        long signed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM entry_contributor WHERE contributor_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (signed > 0) {
            // Published bylines must not change behind readers' backs: take the profile off those entries first.
            throw ProblemException.conflict("contributor-in-use", "This profile signs " + signed
                    + " entries; remove it from their contributors first", Map.of("entries", signed));
        }
        em.remove(contributor);
        changed.fire(new Changed(id));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        snapshot = null;
    }

    private Snapshot cards() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.loadedAt().plus(CACHE_TTL))) {
            return current;
        }
        Map<String, Card> byLogin = new HashMap<>();
        Map<Long, Card> byId = new HashMap<>();
        for (Contributor c : em.createQuery("select c from Contributor c", Contributor.class).getResultList()) {
            if (!c.names().isEmpty()) {
                Card card = new Card(new TreeMap<>(c.names()), c.role(), c.profileUrl(), c.avatar());
                byId.put(c.id(), card);
                if (c.login() != null) {
                    byLogin.put(c.login(), card);
                }
            }
        }
        Snapshot loaded = new Snapshot(Map.copyOf(byLogin), Map.copyOf(byId), now);
        snapshot = loaded;
        return loaded;
    }

    private static ProblemException exists(Contributor existing) {
        return ProblemException.conflict("contributor-exists", "This login already has a profile",
                Map.of("existingId", existing.id()));
    }
}
