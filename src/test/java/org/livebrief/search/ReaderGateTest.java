package org.livebrief.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReaderGateTest {

    private final AtomicInteger refreshes = new AtomicInteger();

    @AfterEach
    void clearSetting() {
        System.clearProperty(ReaderGate.SETTING);
    }

    /**
     * Starts {@code searches} searches together through {@code gate}; the first to refresh holds its refresh until every
     * other search waits behind it (or 10 s pass), then {@code holdMillis} more. Fails unless every search answers.
     */
    private void searchTogether(ReaderGate gate, int searches, long holdMillis) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(searches);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return gate.through(() -> {
                        refreshes.incrementAndGet();
                        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                        while (gate.waiting() < searches - 1 && System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        try {
                            Thread.sleep(holdMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, () -> "hits");
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals("hits", answer.get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void searchesThatArriveWhileOneRefreshesWaitForItAndDoNotRefreshAgain() throws Exception {
        searchTogether(new ReaderGate(60_000), 8, 0);
        assertEquals(1, refreshes.get(), "one refresh for the searches that came together");
    }

    /**
     * A refresh that outlasts the window (a slow Lucene commit, a pause) must not make every waiting search refresh
     * again in turn: they go on with the reader it opened. Before stop 29 each of them refreshed, one after another,
     * and under load the searches never caught up.
     */
    @Test
    void searchesThatWaitedForARefreshLongerThanTheWindowDoNotRefreshAgain() throws Exception {
        ReaderGate gate = new ReaderGate(1);
        // The refresh is held well past the window.
        searchTogether(gate, 8, 20);
        assertEquals(1, refreshes.get(), "one refresh for the searches that waited for it");

        // A search that arrives after that refresh ended, with the window passed, refreshes again.
        Thread.sleep(5);
        gate.through(refreshes::incrementAndGet, () -> null);
        assertEquals(2, refreshes.get(), "a search after the refresh, past the window, refreshes");
    }

    @Test
    void withinTheWindowNoSearchRefreshesAndAfterItTheNextOneDoes() throws Exception {
        ReaderGate gate = new ReaderGate(60_000);
        for (int i = 0; i < 5; i++) {
            gate.through(refreshes::incrementAndGet, () -> null);
        }
        assertEquals(1, refreshes.get());

        ReaderGate shortWindow = new ReaderGate(1);
        shortWindow.through(refreshes::incrementAndGet, () -> null);
        Thread.sleep(20);
        shortWindow.through(refreshes::incrementAndGet, () -> null);
        assertEquals(3, refreshes.get(), "a reader older than the window is refreshed");
    }

    @Test
    void aFailedSearchLeavesTheReaderToBeRefreshedByTheNext() {
        ReaderGate gate = new ReaderGate(60_000);
        assertThrows(IllegalStateException.class, () -> gate.through(refreshes::incrementAndGet, () -> {
            throw new IllegalStateException("index gone");
        }));
        gate.through(refreshes::incrementAndGet, () -> null);
        assertEquals(2, refreshes.get());
    }

    @Test
    void windowZeroTurnsTheGateOff() {
        ReaderGate gate = new ReaderGate(0);
        assertFalse(gate.on());
        assertEquals("hits", gate.through(refreshes::incrementAndGet, () -> "hits"));
        assertEquals(0, refreshes.get(), "Hibernate Search refreshes on its own when the gate is off");
    }

    @Test
    void theSettingIsReadAndABadValueIsRefusedWithItsName() {
        assertEquals(ReaderGate.DEFAULT_MILLIS, ReaderGate.windowMillis());
        System.setProperty(ReaderGate.SETTING, " 500 ");
        assertEquals(500, ReaderGate.windowMillis());
        for (String bad : List.of("fast", "-1", "1001", "1e3")) {
            System.setProperty(ReaderGate.SETTING, bad);
            IllegalStateException e = assertThrows(IllegalStateException.class, ReaderGate::windowMillis);
            assertTrue(e.getMessage().contains(ReaderGate.SETTING) && e.getMessage().contains(bad), e.getMessage());
        }
    }
}
