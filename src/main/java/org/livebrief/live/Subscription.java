package org.livebrief.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What one subscriber still has to receive: a bounded queue, in sequence order, without duplicates.
 *
 * <p>A subscription starts in replay: frames read from the database go straight into the queue, while
 * live frames that arrive meanwhile are held back. {@link #endReplay()} then releases the held frames,
 * skipping every sequence the replay already delivered, so the client sees no gap and no duplicate.
 * When the queue is full the subscriber is too slow: the offer answers {@link Offer#OVERFLOW} and the
 * caller drops the connection (the client reconnects with {@code Last-Event-ID} and catches up from the log).
 */
final class Subscription {

    enum Offer { QUEUED, SKIPPED, OVERFLOW }

    private final int capacity;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private final List<Frame> held = new ArrayList<>();
    private boolean replaying = true;
    private boolean overflowed;
    private long lastSeq;

    Subscription(long afterSeq, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.lastSeq = afterSeq;
        this.capacity = capacity;
    }

    /** A frame from the database. Replays are bounded by the replay limit, not by the queue capacity. */
    synchronized Offer replay(Frame frame) {
        return enqueue(frame, Integer.MAX_VALUE);
    }

    /** A frame from the live broadcast. */
    synchronized Offer live(Frame frame) {
        if (overflowed) {
            return Offer.OVERFLOW;
        }
        if (replaying) {
            if (held.size() >= capacity) {
                overflowed = true;
                return Offer.OVERFLOW;
            }
            held.add(frame);
            return Offer.QUEUED;
        }
        return enqueue(frame, capacity);
    }

    /** Switches to live delivery: the held frames follow the replay, minus what it already covered. */
    synchronized Offer endReplay() {
        replaying = false;
        Offer result = Offer.SKIPPED;
        for (Frame frame : held) {
            Offer offer = enqueue(frame, capacity);
            if (offer == Offer.OVERFLOW) {
                return offer;
            }
            result = offer == Offer.QUEUED ? offer : result;
        }
        held.clear();
        return result;
    }

    /** A heartbeat is only worth sending to an idle, live subscriber; a busy one proves it is alive anyway. */
    synchronized Offer idle(Frame heartbeat) {
        if (replaying || overflowed || !queue.isEmpty()) {
            return Offer.SKIPPED;
        }
        queue.add(heartbeat);
        return Offer.QUEUED;
    }

    synchronized Frame poll() {
        return queue.poll();
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    private Offer enqueue(Frame frame, int limit) {
        if (overflowed) {
            return Offer.OVERFLOW;
        }
        if (frame.hasSeq() && frame.seq() <= lastSeq) {
            return Offer.SKIPPED;
        }
        if (queue.size() >= limit) {
            overflowed = true;
            return Offer.OVERFLOW;
        }
        queue.add(frame);
        if (frame.hasSeq()) {
            lastSeq = frame.seq();
        }
        return Offer.QUEUED;
    }
}
