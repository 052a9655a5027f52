package org.livebrief.briefing;

import java.util.OptionalLong;

/**
 * The size in bytes of one of this server's media files, by its path ({@code /livebrief/media/<hash>-<width>.<ext>}),
 * for what must say it: RSS's {@code enclosure length}, Media RSS's {@code fileSize}, JSON Feed's
 * {@code size_in_bytes}. Implemented by the {@code media} package (which the publishing packages may not call), so
 * the feeds ask through this interface; empty for a path that names no stored file.
 */
public interface MediaLengths {

    OptionalLong length(String path);
}
