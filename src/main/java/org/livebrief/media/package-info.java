/**
 * Images in briefings (issue #17, item 1): upload, checks, renditions, storage and serving.
 *
 * <p>Invariants:
 * <ul>
 * <li>Nothing is stored until an upload has passed every check: its bytes are one of JPEG, PNG, GIF or WebP
 *     (sniffed, never taken from {@code Content-Type}), its size is within {@code livebrief.media.max-upload-bytes}
 *     (counted while reading), its pixel count from the header is within {@code livebrief.media.max-pixels}
 *     (checked before any pixel is decoded), and it decodes without a warning. A refused upload leaves no row
 *     and no file.</li>
 * <li>No stored byte carries the upload's metadata: every rendition, the full-size one included, is encoded anew
 *     from pixels (EXIF orientation applied first), and an animated GIF keeps only its frames and loop count.</li>
 * <li>A rendition's URL ({@code /media/<hash>-<width>.<ext>}) names its content: what is behind it never changes,
 *     so it is served {@code immutable}.</li>
 * </ul>
 * Depends on {@code briefing} (an image belongs to a briefing its uploader may see) and {@code platform}; nothing
 * depends on it. Entries refer to images by their URLs in a {@code <figure>} that {@code briefing.BodyAllowlist}
 * admits only with this package's URL shape.
 */
package org.livebrief.media;
