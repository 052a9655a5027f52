package org.livebrief.hosting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.ChangeLog;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Syndication;
import org.livebrief.names.Mentions;
import org.livebrief.platform.CachePolicy;

/**
 * The durable side of CDN purging (table {@code cdn_cursor}, {@code V45__cdn_purge.sql}): which surrogate keys the
 * changes after the cursor touched, and the cursor moved once they are purged. Each step is a transaction of its own
 * ({@code REQUIRES_NEW}, as the webhook outbox's); the purge itself is sent between them, outside any transaction.
 */
@ApplicationScoped
public class CdnPurges {

    /** Changes whose keys one round purges. */
    static final int BATCH = 200;
    /** Changes one round reads to find where the cursor may go: past a gap, up to this many wait for it to close. */
    static final int SCAN = 2_000;
    /** As the other change-log readers': longer than any transaction lives. */
    static final Duration GAP_HORIZON = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    Syndication syndication;

    @Inject
    Mentions mentions;

    @Inject
    Clock clock;

    /** The changes after {@code from}, up to where the cursor may go ({@code to}), and the keys of each. */
    record Batch(long from, long to, List<Touched> changes, boolean more) {
    }

    /** One change and the keys of what it touched. */
    record Touched(long seq, Set<String> keys) {
    }

    /** How far this reader of the change log is behind: {@code livebrief_changelog_lag_*{consumer="cdn"}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.livebrief.platform.Metrics.Backlog backlog() {
        long cursor = Rows.number(em.createNativeQuery("SELECT seq FROM cdn_cursor WHERE id = 1").getSingleResult());
        return syndication.backlogAfter(cursor, clock.instant());
    }

    /** The next batch: up to {@link #BATCH} changes after the cursor that are not {@code purgedPastCursor}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch next(Set<Long> purgedPastCursor) {
        long cursor = Rows.number(em.createNativeQuery("SELECT seq FROM cdn_cursor WHERE id = 1").getSingleResult());
        List<Change> after = syndication.changesAfter(cursor, SCAN);
        ChangeLog.Round<Change> round = ChangeLog.nextRound(cursor, after, SCAN, Change::seq, Change::occurredAt,
                purgedPastCursor, BATCH, clock.instant().minus(GAP_HORIZON));
        List<Touched> touched = round.todo().stream().map(c -> new Touched(c.seq(), keys(c))).toList();
        return new Batch(cursor, round.to(), touched, round.more());
    }

    /**
     * What a change touched: its briefing's pages and feeds, the entry's page, the front page (it lists briefings with
     * their last update), the briefing's language feed, and the name feeds of what the entry (or, for a change of the
     * briefing, any entry of it) mentions, and of those the change took out of the entry's mentions (a correction
     * that no longer names them).
     */
    Set<String> keys(Change change) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(CachePolicy.briefing(change.briefingId()));
        if (change.entryId() != null) {
            keys.add(CachePolicy.entry(change.entryId()));
        }
        keys.add(CachePolicy.FRONT);
        syndication.briefing(change.briefingId()).map(LiveBriefing::language)
                .ifPresent(language -> keys.add(CachePolicy.language(language)));
        mentions.entitiesAffectedBy(change).forEach(id -> keys.add(CachePolicy.name(id)));
        return keys;
    }

    /** The batch's keys were purged: the cursor moves to {@code to}, unless another node moved it meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(Batch batch) {
        if (batch.to() > batch.from()) {
            em.createNativeQuery("UPDATE cdn_cursor SET seq = ?1 WHERE id = 1 AND seq = ?2")
                    .setParameter(1, batch.to()).setParameter(2, batch.from()).executeUpdate();
        }
    }
}
