package org.livebrief.briefing;

import java.util.List;
import org.livebrief.platform.Caller;

/**
 * The one rule of what the public may see, for every feature that shows entries to readers: the reader
 * page and the API here, and search, feeds, live push and name listings through {@link Syndication}.
 * <ul>
 *   <li>A briefing is public while it is {@code live} or {@code closed}; drafts and archived briefings are
 *       not, and neither is anything in them — not their entries, not even their existence.</li>
 *   <li>An entry is public while it is {@code published} and its briefing is public.</li>
 *   <li>A retracted entry that was once public leaves a tombstone in a public briefing (feeds announce the
 *       retraction; the API answers 410).</li>
 *   <li>Staff (reporter, editor, admin) see everything.</li>
 * </ul>
 * {@link BriefingStatus#isPublic()} and {@link EntryState#isPublic()} are the two facts this rule is made of;
 * other features ask this class, never those facts, so a change of the rule happens here once.
 */
public final class Visibility {

    /** Briefing statuses the public sees, for queries. */
    static final List<BriefingStatus> PUBLIC_STATUSES =
            List.of(BriefingStatus.values()).stream().filter(BriefingStatus::isPublic).toList();

    /** Entry states that feeds carry: public entries and the tombstones of retracted ones. */
    static final List<EntryState> SYNDICATED_STATES = List.of(EntryState.PUBLISHED, EntryState.RETRACTED);

    private Visibility() {
    }

    public static boolean isPublic(LiveBriefing briefing) {
        return briefing.status().isPublic();
    }

    public static boolean isPublic(Entry entry) {
        return isPublic(entry.state(), entry.briefing().status());
    }

    /** {@link #isPublic(Entry)} from the two columns it reads, for queries that read columns, not entities. */
    public static boolean isPublic(EntryState entryState, BriefingStatus briefingStatus) {
        return entryState.isPublic() && briefingStatus.isPublic();
    }

    /**
     * Published text, whatever its briefing's status: what the search index and the name tagger hold, so
     * that a briefing going public needs no re-analysis (its readers are still filtered by {@link #isPublic}).
     */
    public static boolean isPublished(Entry entry) {
        return entry.state().isPublic();
    }

    /** A retracted entry that was public once: feeds list it as a tombstone while its briefing is public. */
    public static boolean isTombstone(Entry entry) {
        return entry.state() == EntryState.RETRACTED && entry.publishedAt() != null && isPublic(entry.briefing());
    }

    public static boolean mayRead(Caller caller, LiveBriefing briefing) {
        return caller.isStaff() || isPublic(briefing);
    }

    public static boolean mayRead(Caller caller, Entry entry) {
        return caller.isStaff() || isPublic(entry);
    }
}
