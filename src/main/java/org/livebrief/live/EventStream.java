package org.livebrief.live;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One open {@code text/event-stream} response. Writes are non-blocking (a {@link WriteListener}): frames
 * go out while the connection can take them, and the rest wait in the {@link Subscription}, so no thread
 * ever waits on a reader. A reader that lets its queue fill up is dropped.
 */
final class EventStream implements WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(EventStream.class);

    private final long briefingId;
    private final boolean desk;
    private final String client;
    private final AsyncContext async;
    private final Subscription subscription;
    private final Consumer<EventStream> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private ServletOutputStream out;
    private boolean unflushed;

    EventStream(long briefingId, boolean desk, String client, AsyncContext async, Subscription subscription,
                Consumer<EventStream> onClose) {
        this.briefingId = briefingId;
        this.desk = desk;
        this.client = client;
        this.async = async;
        this.subscription = subscription;
        this.onClose = onClose;
    }

    /** Starts writing; the container calls {@link #onWritePossible()} when the connection can take data. */
    void start() throws IOException {
        async.addListener(this);
        ServletOutputStream stream = async.getResponse().getOutputStream();
        synchronized (this) {
            out = stream;
            out.setWriteListener(this);
        }
    }

    void replay(Frame frame) {
        handle(subscription.replay(frame), "replay");
    }

    void live(Frame frame) {
        handle(subscription.live(frame), "live");
    }

    void endReplay() {
        handle(subscription.endReplay(), "live");
    }

    void heartbeat(Frame frame) {
        handle(subscription.idle(frame), "heartbeat");
    }

    long briefingId() {
        return briefingId;
    }

    /** A staff stream of the desk (every workflow change), not the public one. */
    boolean desk() {
        return desk;
    }

    String client() {
        return client;
    }

    private void handle(Subscription.Offer offer, String what) {
        switch (offer) {
            case QUEUED -> write();
            case OVERFLOW -> {
                LOG.debugf("Dropping a slow reader of briefing %d (%s, %s)", briefingId, client, what);
                close();
            }
            case SKIPPED -> { }
        }
    }

    @Override
    public void onWritePossible() {
        write();
    }

    private void write() {
        boolean failed = false;
        synchronized (this) {
            if (out == null || closed.get()) {
                return;
            }
            try {
                while (out.isReady()) {
                    Frame frame = subscription.poll();
                    if (frame != null) {
                        out.write(frame.bytes());
                        unflushed = true;
                    } else if (unflushed) {
                        unflushed = false;
                        out.flush();
                    } else {
                        return;
                    }
                }
            } catch (IOException | IllegalStateException e) {
                failed = true;
            }
        }
        if (failed) {
            gone();
        }
    }

    /** Ends the response and gives the connection's place back. Safe to call more than once. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // The container finished the request first (client gone, server stopping).
            }
        }
    }

    /**
     * The connection failed (the reader left): give the place back, but leave ending the request to the
     * container, which does so after an I/O error; completing it again only makes it log a failed close.
     */
    private void gone() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }

    @Override
    public void onError(Throwable t) {
        gone();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        gone();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        gone();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Not restarted.
    }
}
