package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.live.Subscription.Offer;

class SubscriptionTest {

    private static Frame event(long seq) {
        return Frame.event(seq, "entry-published", "{}");
    }

    private static List<Long> drain(Subscription subscription) {
        List<Long> seqs = new ArrayList<>();
        for (Frame f = subscription.poll(); f != null; f = subscription.poll()) {
            seqs.add(f.seq());
        }
        return seqs;
    }

    @Test
    void liveFramesThatArriveDuringReplayFollowItWithoutDuplicatesOrGaps() {
        Subscription subscription = new Subscription(10, 8);
        assertThat(subscription.live(event(13))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.replay(event(11))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.live(event(14))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.replay(event(12))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.replay(event(13))).isEqualTo(Offer.QUEUED);
        assertThat(drain(subscription)).as("held live frames wait for the replay").containsExactly(11L, 12L, 13L);

        assertThat(subscription.endReplay()).isEqualTo(Offer.QUEUED);
        assertThat(drain(subscription)).as("13 came with the replay, 14 only live").containsExactly(14L);

        assertThat(subscription.live(event(15))).isEqualTo(Offer.QUEUED);
        assertThat(drain(subscription)).containsExactly(15L);
    }

    @Test
    void whatTheClientAlreadyHasIsNeverSentAgain() {
        Subscription subscription = new Subscription(20, 8);
        assertThat(subscription.replay(event(19))).isEqualTo(Offer.SKIPPED);
        assertThat(subscription.replay(event(20))).isEqualTo(Offer.SKIPPED);
        subscription.endReplay();
        assertThat(subscription.live(event(20))).isEqualTo(Offer.SKIPPED);
        assertThat(subscription.live(event(21))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.live(event(21))).isEqualTo(Offer.SKIPPED);
        assertThat(drain(subscription)).containsExactly(21L);
        assertThat(subscription.lastSeq()).isEqualTo(21);
    }

    @Test
    void aReaderThatFallsBehindOverflowsAndStaysOverflowed() {
        Subscription subscription = new Subscription(0, 2);
        subscription.endReplay();
        assertThat(subscription.live(event(1))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.live(event(2))).isEqualTo(Offer.QUEUED);
        assertThat(subscription.live(event(3))).isEqualTo(Offer.OVERFLOW);
        subscription.poll();
        assertThat(subscription.live(event(4))).as("dropped for good, even with room again").isEqualTo(Offer.OVERFLOW);
    }

    @Test
    void tooManyLiveFramesDuringAReplayOverflowToo() {
        Subscription subscription = new Subscription(0, 2);
        subscription.live(event(5));
        subscription.live(event(6));
        assertThat(subscription.live(event(7))).isEqualTo(Offer.OVERFLOW);
        assertThat(subscription.endReplay()).isEqualTo(Offer.OVERFLOW);
    }

    @Test
    void aReplayIsNotLimitedByTheLiveQueueCapacity() {
        Subscription subscription = new Subscription(0, 2);
        for (long seq = 1; seq <= 5; seq++) {
            assertThat(subscription.replay(event(seq))).isEqualTo(Offer.QUEUED);
        }
        assertThat(subscription.queued()).isEqualTo(5);
    }

    @Test
    void heartbeatsGoOnlyToIdleLiveSubscribersAndDoNotMoveTheSequence() {
        Subscription subscription = new Subscription(3, 4);
        Frame heartbeat = Frame.comment("heartbeat");
        assertThat(subscription.idle(heartbeat)).as("still replaying").isEqualTo(Offer.SKIPPED);
        subscription.endReplay();
        assertThat(subscription.idle(heartbeat)).isEqualTo(Offer.QUEUED);
        assertThat(subscription.idle(heartbeat)).as("one is waiting already").isEqualTo(Offer.SKIPPED);
        assertThat(subscription.poll()).isSameAs(heartbeat);
        assertThat(subscription.lastSeq()).isEqualTo(3);
    }
}
