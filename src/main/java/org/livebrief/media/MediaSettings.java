package org.livebrief.media;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code livebrief.media.*} settings (MicroProfile Config; see the README's "Images").
 *
 * @param maxUploadBytes the largest upload accepted; a larger one is refused before or while it is read
 * @param maxPixels      the most pixels (width × height, from the header) an upload may declare; the decoded picture
 *                       takes 3–4 bytes per pixel, so this bounds the memory one upload can take
 * @param widths         the rendition widths made below the picture's own width (never upscaled)
 * @param directory      where the filesystem store keeps renditions; null: in the database
 */
public record MediaSettings(long maxUploadBytes, long maxPixels, List<Integer> widths, Path directory) {

    public static final String MAX_UPLOAD_BYTES = "livebrief.media.max-upload-bytes";
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    static final List<Integer> DEFAULT_WIDTHS = List.of(320, 640, 1024, 1600);

    public MediaSettings {
        if (maxUploadBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("livebrief.media limits must be positive");
        }
        widths = widths.stream().sorted().distinct().toList();
        if (widths.isEmpty() || widths.get(0) < 16) {
            throw new IllegalArgumentException("livebrief.media.widths must list widths of 16 px or more");
        }
    }

    static MediaSettings defaults() {
        return new MediaSettings(DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_WIDTHS, null);
    }

    static MediaSettings current() {
        return from(ConfigProvider.getConfig(MediaSettings.class.getClassLoader()));
    }

    static MediaSettings from(Config config) {
        List<Integer> widths = config.getOptionalValue("livebrief.media.widths", String.class)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(Integer::valueOf).toList())
                .orElse(DEFAULT_WIDTHS);
        return new MediaSettings(
                config.getOptionalValue(MAX_UPLOAD_BYTES, Long.class).orElse(DEFAULT_MAX_UPLOAD_BYTES),
                config.getOptionalValue("livebrief.media.max-pixels", Long.class).orElse(DEFAULT_MAX_PIXELS),
                widths,
                config.getOptionalValue("livebrief.media.directory", String.class).filter(s -> !s.isBlank())
                        .map(Path::of).orElse(null));
    }
}
