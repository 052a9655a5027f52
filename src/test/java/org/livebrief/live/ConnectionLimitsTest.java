package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.livebrief.live.ConnectionLimits.Admission;

class ConnectionLimitsTest {

    @Test
    void aClientPastItsCapIsRefusedWhileOthersStillGetIn() {
        ConnectionLimits limits = new ConnectionLimits(10, 2);
        assertThat(limits.admit("10.0.0.1")).isEqualTo(Admission.ADMITTED);
        assertThat(limits.admit("10.0.0.1")).isEqualTo(Admission.ADMITTED);
        assertThat(limits.admit("10.0.0.1")).isEqualTo(Admission.CLIENT_OVER_LIMIT);
        assertThat(limits.admit("10.0.0.2")).isEqualTo(Admission.ADMITTED);
        assertThat(limits.open()).isEqualTo(3);
        assertThat(limits.open("10.0.0.1")).isEqualTo(2);
    }

    @Test
    void theServerIsFullPastTheGlobalCapWhoeverAsks() {
        ConnectionLimits limits = new ConnectionLimits(2, 5);
        limits.admit("a");
        limits.admit("b");
        assertThat(limits.admit("c")).isEqualTo(Admission.SERVER_FULL);
        assertThat(limits.admit("a")).isEqualTo(Admission.SERVER_FULL);
    }

    @Test
    void releasingAStreamMakesRoomAgain() {
        ConnectionLimits limits = new ConnectionLimits(1, 1);
        limits.admit("a");
        limits.release("a");
        assertThat(limits.open()).isZero();
        assertThat(limits.open("a")).isZero();
        assertThat(limits.admit("b")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void releasingWhatWasNeverAdmittedIsABug() {
        ConnectionLimits limits = new ConnectionLimits(1, 1);
        assertThatThrownBy(() -> limits.release("a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void admissionsFromManyThreadsNeverExceedTheCaps() throws InterruptedException {
        ConnectionLimits limits = new ConnectionLimits(50, 1000);
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int n = 0; n < 100; n++) {
                    limits.admit("client");
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(limits.open()).isEqualTo(50);
    }
}
