package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.livebrief.platform.Caller;

/**
 * The public-visibility rule, tested once for every briefing status and entry state: search, feeds, live push,
 * the reader page and name listings all ask {@link Visibility}, so this is where the rule is proven.
 */
class VisibilityTest {

    static final Instant NINE = Instant.parse("2022-03-29T06:00:00Z");
    static final Clock CLOCK = Clock.fixed(NINE, ZoneOffset.UTC);
    static final Caller READER = Caller.ANONYMOUS;
    static final Caller REPORTER = new Caller("reporter2", true, false, false);
    static final Set<BriefingStatus> PUBLIC_BRIEFINGS = EnumSet.of(BriefingStatus.LIVE, BriefingStatus.CLOSED);

    @ParameterizedTest
    @EnumSource(BriefingStatus.class)
    void onlyPublishedEntriesOfLiveOrClosedBriefingsArePublic(BriefingStatus status) {
        for (EntryState state : EntryState.values()) {
            Entry entry = entryIn(status, state);
            boolean expected = state == EntryState.PUBLISHED && PUBLIC_BRIEFINGS.contains(status);
            assertThat(Visibility.isPublic(entry)).as("%s entry in a %s briefing", state, status).isEqualTo(expected);
            assertThat(Visibility.mayRead(READER, entry)).as("anonymous, %s in %s", state, status).isEqualTo(expected);
            assertThat(Visibility.mayRead(REPORTER, entry)).as("staff read everything").isTrue();
            assertThat(Visibility.isPublished(entry)).as("published text, whatever the briefing")
                    .isEqualTo(state == EntryState.PUBLISHED);
            assertThat(Visibility.isTombstone(entry)).as("tombstone of %s in %s", state, status)
                    .isEqualTo(state == EntryState.RETRACTED && PUBLIC_BRIEFINGS.contains(status));
        }
    }

    @ParameterizedTest
    @EnumSource(BriefingStatus.class)
    void draftAndArchivedBriefingsAreHidden(BriefingStatus status) {
        LiveBriefing briefing = briefing(status);
        assertThat(briefing.status()).isEqualTo(status);
        assertThat(Visibility.isPublic(briefing)).isEqualTo(PUBLIC_BRIEFINGS.contains(status));
        assertThat(Visibility.mayRead(READER, briefing)).isEqualTo(PUBLIC_BRIEFINGS.contains(status));
        assertThat(Visibility.mayRead(REPORTER, briefing)).isTrue();
        assertThat(Visibility.PUBLIC_STATUSES).containsExactlyInAnyOrderElementsOf(PUBLIC_BRIEFINGS);
    }

    /** A briefing brought to {@code status} through its own lifecycle actions. */
    static LiveBriefing briefing(BriefingStatus status) {
        LiveBriefing briefing = new LiveBriefing(new BriefingRequest("s", "en", "Title", "", "Europe/Kyiv",
                status == BriefingStatus.DRAFT ? "draft" : "live", null, null).validateForCreate(), "editor", CLOCK);
        if (status == BriefingStatus.CLOSED || status == BriefingStatus.ARCHIVED) {
            briefing.take(BriefingStatus.Action.CLOSE, CLOCK);
        }
        if (status == BriefingStatus.ARCHIVED) {
            briefing.take(BriefingStatus.Action.ARCHIVE, CLOCK);
        }
        return briefing;
    }

    /** An entry brought to {@code state} through its own transitions, in a briefing with {@code status}. */
    static Entry entryIn(BriefingStatus status, EntryState state) {
        Entry entry = new Entry(briefing(status), EntryBody.sanitize("Talks begin"), "reporter", EntryRequest.NO_FLAGS,
                CLOCK);
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, CLOCK);
            case APPROVED -> {
                entry.apply(Transition.SUBMIT, "reporter", TransitionRequest.NONE, CLOCK);
                entry.apply(Transition.APPROVE, "editor", TransitionRequest.NONE, CLOCK);
            }
            case SCHEDULED -> entry.apply(Transition.SCHEDULE, "editor",
                    new TransitionRequest(null, null, NINE.plusSeconds(3600)), CLOCK);
            case PUBLISHED -> entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, CLOCK);
            case RETRACTED -> {
                entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, CLOCK);
                entry.apply(Transition.RETRACT, "editor", new TransitionRequest("wrong", null, null), CLOCK);
            }
        }
        assertThat(entry.state()).isEqualTo(state);
        return entry;
    }
}
