package org.livebrief.media;

/** Lets the benchmark ({@code media.bench.ImageBench}) run the package-private upload processing with its defaults. */
public final class RenditionsProbe {

    private RenditionsProbe() {
    }

    /** The renditions of {@code upload}; returns how many bytes they take, so the work cannot be skipped. */
    public static long process(byte[] upload) {
        return Renditions.of(upload, MediaSettings.defaults()).renditions().stream()
                .mapToLong(r -> r.bytes().length).sum();
    }
}
