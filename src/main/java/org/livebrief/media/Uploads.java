package org.livebrief.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.livebrief.briefing.Contributor;
import org.livebrief.briefing.Contributors;
import org.livebrief.platform.Caller;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * An upload from its first byte to its stored image. The briefing is checked before the body is read; the body is
 * read up to {@code livebrief.media.max-upload-bytes} and no further; the renditions are made outside any
 * transaction (decoding and resizing take CPU seconds for a large photo, no database connection should wait on
 * them), at most {@link #AT_ONCE} uploads at a time: each holds its decoded picture (up to 3–4 bytes per pixel of
 * {@code livebrief.media.max-pixels}) in memory. Others wait up to {@link #WAIT_SECONDS}, then get 503 with
 * {@code Retry-After}.
 */
@ApplicationScoped
public class Uploads {

    static final int AT_ONCE = 2;
    static final int WAIT_SECONDS = 20;

    private final Semaphore decoding = new Semaphore(AT_ONCE, true);

    @Inject
    ImageLibrary library;

    @Inject
    Contributors contributors;

    private final MediaSettings settings = MediaSettings.current();

    public ImageLibrary.Saved accept(long briefingId, InputStream body, ImageText text, Caller caller) {
        ImageText valid = text.validated();
        library.requireBriefing(briefingId, caller);
        byte[] bytes = read(body);
        Renditions.Processed processed = process(bytes);
        return library.save(briefingId, processed, valid, caller);
    }

    /**
     * A contributor's picture: checked (an admin or the contributor), read, stripped and rendered like any upload,
     * its files stored without a library entry (it belongs to no briefing; the names are content-addressed, so a
     * replaced picture's files are harmless), and the profile pointed at its narrowest rendition.
     */
    public Contributor avatar(long contributorId, InputStream body, Caller caller) {
        contributors.requireEditable(contributorId, caller);
        Renditions.Processed processed = process(read(body));
        String path = library.storeFiles(processed);
        return contributors.setAvatar(contributorId, path, caller);
    }

    private byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxUploadBytes() + 1));
            if (bytes.length > settings.maxUploadBytes()) {
                throw ProblemException.tooLarge(settings.maxUploadBytes());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Renditions.Processed process(byte[] bytes) {
        boolean acquired = false;
        try {
            acquired = decoding.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!acquired) {
                throw new ProblemException(new Problem("busy", "Service Unavailable", 503,
                        "Other uploads are being processed; try again shortly", List.of(), Map.of("retryAfter", 5)));
            }
            return Renditions.of(bytes, settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process an upload", e);
        } finally {
            if (acquired) {
                decoding.release();
            }
        }
    }
}
