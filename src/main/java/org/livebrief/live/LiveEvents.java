package org.livebrief.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.livebrief.briefing.BriefingView;
import org.livebrief.briefing.Briefings;
import org.livebrief.briefing.Change;
import org.livebrief.briefing.ChangeLog;
import org.livebrief.briefing.Contributors;
import org.livebrief.briefing.Entries;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.EntryView;
import org.livebrief.briefing.ReaderStream;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ProblemException;

/**
 * Reads the change log and turns each change into what the public may see of it now. Always a fresh read
 * as the anonymous public: an entry that was published and then withdrawn is sent as removed, never as
 * its unpublished content.
 */
@ApplicationScoped
public class LiveEvents {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ChangeLog changeLog;

    @Inject
    Briefings briefings;

    @Inject
    Entries entries;

    @Inject
    Contributors contributors;

    @Inject
    ReaderStream readerStream;

    /** 404 unless the briefing is public. */
    public void requirePublic(long briefingId) {
        briefings.find(briefingId, Caller.ANONYMOUS);
    }

    public long latestSeq(long briefingId) {
        return changeLog.latestSeq(briefingId);
    }

    /**
     * What a reconnecting reader missed since {@code afterSeq}, oldest first; empty when a full reset is due
     * instead: the reader missed more than {@code limit} changes, or {@code afterSeq} is no event of this
     * briefing's stream (an invented id such as 0 would otherwise replay the whole log). Nothing is rendered
     * before that is known, so a reset costs two indexed reads.
     */
    @Transactional
    public Optional<List<LiveEvent>> replay(long briefingId, long afterSeq, int limit) {
        requirePublic(briefingId);
        if (!changeLog.isSeqOf(briefingId, afterSeq)) {
            return Optional.empty();
        }
        List<Change> missed = changeLog.since(briefingId, afterSeq, limit + 1);
        return missed.size() > limit ? Optional.empty() : Optional.of(missed.stream().map(this::render).toList());
    }

    /** Up to {@code limit} changes after {@code afterSeq}, oldest first (404 unless the briefing is public). */
    @Transactional
    public List<LiveEvent> since(long briefingId, long afterSeq, int limit) {
        requirePublic(briefingId);
        return changeLog.since(briefingId, afterSeq, limit).stream().map(this::render).toList();
    }

    private LiveEvent render(Change change) {
        if (change.entryId() == null) {
            try {
                return new LiveEvent(change.seq(), LiveEvent.BRIEFING_UPDATED,
                        BriefingView.of(briefings.find(change.briefingId(), Caller.ANONYMOUS)).forPublic());
            } catch (ProblemException notPublic) {
                return removed(change, LiveEvent.BRIEFING_REMOVED, change.briefingId());
            }
        }
        try {
            Entry entry = entries.find(change.briefingId(), change.entryId(), Caller.ANONYMOUS);
            return new LiveEvent(change.seq(), entryEvent(change.kind()),
                    EntryView.of(entry, contributors.in(entry.briefing().locale()), Caller.ANONYMOUS,
                            entries::isPublic));
        } catch (ProblemException notPublic) {
            return readerStream.tombstone(change.briefingId(), change.entryId())
                    .map(e -> new LiveEvent(change.seq(), LiveEvent.ENTRY_REMOVED,
                            new LiveEvent.Removed(e.id(), change.briefingId(), e.retractedAt(), e.retractionReason())))
                    .orElseGet(() -> removed(change, LiveEvent.ENTRY_REMOVED, change.entryId()));
        }
    }

    /** New kinds of entry change (corrections, pins, …) reach readers as updates until they need more. */
    static String entryEvent(Change.Kind kind) {
        return switch (kind) {
            case ENTRY_PUBLISHED -> LiveEvent.ENTRY_PUBLISHED;
            default -> LiveEvent.ENTRY_UPDATED;
        };
    }

    private static LiveEvent removed(Change change, String event, long id) {
        return new LiveEvent(change.seq(), event, new LiveEvent.Removed(id, change.briefingId()));
    }
}
