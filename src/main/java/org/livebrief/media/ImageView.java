package org.livebrief.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image as the API shows it: {@code url} is the full size, {@code renditions} smallest first, {@code srcset}
 * ready for an {@code <img>}.
 */
public record ImageView(long id, long briefingId, String url, int width, int height, boolean animated, String alt,
                        String caption, String credit, List<RenditionView> renditions, String srcset,
                        Instant uploadedAt, long version) {

    /** Where files are served: {@code MediaServlet}'s path under the context root. */
    public static final String BASE = "/livebrief/media/";

    /** One rendition. */
    public record RenditionView(int width, int height, String url) {
    }

    static ImageView of(Image image) {
        List<RenditionView> renditions = image.sizes().stream()
                .map(s -> new RenditionView(s.width(), s.height(), BASE + image.fileName(s.width()))).toList();
        RenditionView full = renditions.get(renditions.size() - 1);
        ImageText text = image.text();
        return new ImageView(image.id(), image.briefingId(), full.url(), full.width(), full.height(), image.animated(),
                text.alt(), text.caption(), text.credit(), renditions,
                renditions.stream().map(r -> r.url() + " " + r.width() + "w").collect(Collectors.joining(", ")),
                image.uploadedAt(), image.version());
    }
}
