package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the in-memory {@link NameIndex} in step with the database. Each use reads the authority's version (one row of
 * {@code name_authority}, which every transaction that changes the authority raises: {@link #changed}); when it moved,
 * the entities changed since the previous refresh (less a safety window for transactions that committed late) are read
 * again. This works with any number of nodes sharing the database, at the cost of one primary-key read per use.
 * <p>
 * The stamp was {@code count(*), max(updated_at)} of {@code name_entity} until stop 25: a scan of the whole table on
 * every publication: 7.5-8.5 ms on a quiet PostgreSQL with 100,000 entities, 12-15 ms under load.
 */
@ApplicationScoped
public class NameDirectory {

    static final Duration LATE_COMMIT_WINDOW = Duration.ofSeconds(30);

    /** One consistent snapshot: the index and the entities it was built from. */
    public record Snapshot(NameIndex index, Map<Long, NameCard> cards) {
        static final Snapshot EMPTY = new Snapshot(NameIndex.empty(), Map.of());

        public NameCard card(long id) {
            return cards.get(id);
        }

        /** Whether a match is on a former or foreign name of the entity (weight below a current name's). */
        boolean throughOtherName(NameIndex.Match match) {
            NameIndex.Entry entry = index.entry(match.entityId());
            return entry != null && match.form() < entry.forms().size() && entry.forms().get(match.form()).weight() < 1;
        }

        /** The snapshot of these entities, indexed as the directory indexes them (with the exonym tables). */
        public static Snapshot of(java.util.Collection<NameCard> cards) {
            Map<Long, NameCard> byId = new java.util.LinkedHashMap<>();
            cards.forEach(card -> byId.put(card.id(), card));
            return new Snapshot(NameIndex.of(byId.values().stream().map(NameCard::indexEntry).toList()), byId);
        }
    }

    /** The authority's version, and the newest change of an entity read with it (for the next refresh's window). */
    private record Stamp(long version, Instant latest) {
    }

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private Stamp stamp = new Stamp(-1, null);

    /** How long {@link #recent} answers from the snapshot it holds without asking the database. */
    private static final long RECENT_NANOS = 1_000_000_000L;
    private volatile long recentAt;

    /**
     * A snapshot at most a second old: for readers that ask many times per page (datelines, names in the other
     * script), which must not check the database once per entry. {@link #current} is the up-to-date one.
     */
    public Snapshot recent() {
        long now = System.nanoTime();
        if (recentAt == 0 || now - recentAt > RECENT_NANOS) {
            Snapshot fresh = current();
            recentAt = now;
            return fresh;
        }
        return snapshot;
    }

    /** The up-to-date snapshot. In a transaction, so the entities read stay attached while they are copied. */
    @Transactional
    public Snapshot current() {
        long version = version();
        synchronized (this) {
            if (version != stamp.version()) {
                Instant latest = em.createQuery("select max(e.updatedAt) from NameEntity e", Instant.class).getSingleResult();
                Stamp now = new Stamp(version, latest);
                snapshot = refreshed(now);
                stamp = now;
            }
            return snapshot;
        }
    }

    private long version() {
        return ((Number) em.createNativeQuery("select version from name_authority where id = 1").getSingleResult())
                .longValue();
    }

    /**
     * The authority changed in the caller's transaction ({@link Names} fires this after its flush): its version goes
     * up by one with that transaction. The row stays locked until the commit, so changes commit in version order.
     */
    void changed(@Observes Retagging.AuthorityChanged change) {
        em.createNativeQuery("update name_authority set version = version + 1 where id = 1").executeUpdate();
    }

    private Snapshot refreshed(Stamp now) {
        Instant since = stamp.latest() == null ? Instant.EPOCH : stamp.latest().minus(LATE_COMMIT_WINDOW);
        // A persistence context of its own (in the caller's transaction, on its connection): the caller's may
        // already hold these entities from an earlier refresh in the same transaction (a retag batch), and
        // would hand them back with their old names.
        EntityManager fresh = emf.createEntityManager();
        List<NameCard> changedCards;
        try {
            changedCards = fresh.createQuery(
                            "select distinct e from NameEntity e left join fetch e.names where e.updatedAt >= :since",
                            NameEntity.class)
                    .setParameter("since", since).getResultList().stream().map(NameEntity::card).toList();
        } finally {
            fresh.close();
        }
        Map<Long, NameCard> cards = new HashMap<>(snapshot.cards());
        changedCards.forEach(c -> cards.put(c.id(), c));
        NameIndex index = snapshot.index().with(changedCards.stream().map(NameCard::indexEntry).toList());
        return new Snapshot(Objects.requireNonNull(index), Map.copyOf(cards));
    }
}
