package org.livebrief.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An uploaded picture in a briefing's library: its renditions (by hash and width) and what describes it. */
@Entity(name = "MediaImage")
@Table(name = "media_image")
public class Image {

    /** One rendition's size. */
    public record Size(int width, int height) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "briefing_id", nullable = false)
    private long briefingId;

    private String hash;

    private String extension;

    private String widths;

    private boolean animated;

    private String alt;

    private String caption;

    private String credit;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Version
    private long version;

    protected Image() {
    }

    Image(long briefingId, Renditions.Processed processed, ImageText text, String uploadedBy, Instant now) {
        this.briefingId = briefingId;
        this.hash = processed.hash();
        this.extension = processed.renditions().get(0).extension();
        this.widths = processed.renditions().stream().map(r -> r.width() + ":" + r.height())
                .collect(Collectors.joining(" "));
        this.animated = processed.animated();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        describe(text);
    }

    void describe(ImageText text) {
        alt = text.alt();
        caption = text.caption();
        credit = text.credit();
    }

    public long id() {
        return id;
    }

    public long briefingId() {
        return briefingId;
    }

    public String hash() {
        return hash;
    }

    public String extension() {
        return extension;
    }

    /** Smallest first; the last is the full size. */
    public List<Size> sizes() {
        return Arrays.stream(widths.split(" ")).map(pair -> pair.split(":"))
                .map(p -> new Size(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
    }

    public boolean animated() {
        return animated;
    }

    public ImageText text() {
        return new ImageText(alt, caption, credit);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public long version() {
        return version;
    }

    /** The file name of the rendition {@code width} px wide. */
    public String fileName(int width) {
        return hash + "-" + width + "." + extension;
    }
}
