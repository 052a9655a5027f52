package org.livebrief.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.livebrief.briefing.Entry;

/**
 * Sealed RFC 5005 archive pages ({@code V21__feed_archives.sql}) for feeds whose membership can change
 * after the fact: key events (a flag set or cleared later) and languages (a briefing going public or being
 * archived). Paging those by position would move entries between pages; instead, whenever a page's worth
 * of entries is not yet in any page, the oldest of them are written down as the next page, and that page
 * is made from its list for good. An entry that no longer belongs (flag cleared, briefing archived) is left
 * out when the page is made, but takes no other entry's place; one that comes back shows again where it was.
 */
@ApplicationScoped
public class FeedArchives {

    private static final Logger LOG = Logger.getLogger(FeedArchives.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The newest entry of a sealed page: where the next page of a language feed starts. */
    public record Position(Instant publishedAt, long entryId) {
        static final Position START = new Position(Instant.EPOCH, 0);
    }

    /** How many pages of {@code feed} are sealed. */
    public int pages(String feed) {
        Number pages = (Number) em.createNativeQuery("SELECT COALESCE(MAX(page), 0) FROM feed_archive_page WHERE feed = ?1")
                .setParameter(1, feed).getSingleResult();
        return pages.intValue();
    }

    /** Where the next page of {@code feed} starts: after the newest entry of its last sealed page. */
    public Position next(String feed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT last_published_at, last_entry_id FROM feed_archive_page"
                + " WHERE feed = ?1 ORDER BY page DESC").setParameter(1, feed).setMaxResults(1).getResultList();
        return rows.isEmpty() ? Position.START
                : new Position(instant(rows.get(0)[0]), ((Number) rows.get(0)[1]).longValue());
    }

    /** Every entry id in a sealed page of {@code feed}. */
    public Set<Long> sealed(String feed) {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT entry_id FROM feed_archive_entry WHERE feed = ?1")
                .setParameter(1, feed).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The entry ids of sealed page {@code page}, or empty when it is not sealed. */
    public Optional<List<Long>> page(String feed, int page) {
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT entry_id FROM feed_archive_entry WHERE feed = ?1 AND page = ?2")
                .setParameter(1, feed).setParameter(2, page).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }

    /**
     * Seals pages of {@code size} from {@code unsealed} (entries in no page of the feed yet, oldest first)
     * while a whole page's worth is there. When two nodes seal the same page at once, one wins on the
     * primary key; the other's transaction rolls back and it serves what the winner sealed.
     */
    static void sealFull(FeedArchives archives, String feed, int size, Supplier<List<Entry>> unsealed) {
        List<Entry> candidates = unsealed.get();
        if (candidates.size() < size) {
            return;
        }
        try {
            archives.seal(feed, size, candidates);
        } catch (RuntimeException e) {
            LOG.debugf("Archive page of %s sealed elsewhere meanwhile: %s", feed, e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void seal(String feed, int size, List<Entry> candidates) {
        int page = pages(feed);
        Instant now = clock.instant();
        for (int from = 0; from + size <= candidates.size(); from += size) {
            page++;
            List<Entry> members = candidates.subList(from, from + size);
            Entry last = members.get(members.size() - 1);
            em.createNativeQuery("INSERT INTO feed_archive_page (feed, page, last_published_at, last_entry_id, sealed_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, feed).setParameter(2, page)
                    .setParameter(3, last.publishedAt()).setParameter(4, last.id()).setParameter(5, now).executeUpdate();
            for (Entry entry : members) {
                em.createNativeQuery("INSERT INTO feed_archive_entry (feed, page, entry_id) VALUES (?1, ?2, ?3)")
                        .setParameter(1, feed).setParameter(2, page).setParameter(3, entry.id()).executeUpdate();
            }
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
