package org.livebrief.names;

import jakarta.enterprise.context.ApplicationScoped;
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
 * Keeps the in-memory {@link NameIndex} in step with the database. Each use compares a cheap stamp
 * (entity count and latest change); when it moved, the entities changed since the previous stamp
 * (less a safety window for transactions that committed late) are read again. This works with any
 * number of nodes sharing the database, at the cost of one small query per request.
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
    }

    private record Stamp(long count, Instant latest) {
    }

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private Stamp stamp = new Stamp(0, null);

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
        Stamp now = stamp();
        synchronized (this) {
            if (!now.equals(stamp)) {
                snapshot = refreshed(now);
                stamp = now;
            }
            return snapshot;
        }
    }

    private Stamp stamp() {
        Object[] row = em.createQuery("select count(e), max(e.updatedAt) from NameEntity e", Object[].class)
                .getSingleResult();
        return new Stamp(((Number) row[0]).longValue(), (Instant) row[1]);
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
