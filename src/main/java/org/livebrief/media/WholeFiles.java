package org.livebrief.media;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Whether an upload is whole, told from its structure. The decoders do not always say so: the JDK's JPEG reader
 * warns of a "premature end" and paints the rest grey, and the TwelveMonkeys reader in front of it does not pass
 * that warning on; the JDK's PNG reader decodes a file cut inside its last chunk without complaint. A picture with
 * a grey half stored for good is lost data, so a file cut short is refused here.
 */
final class WholeFiles {

    private WholeFiles() {
    }

    static boolean whole(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case JPEG -> jpeg(bytes);
            case PNG -> png(bytes);
            case WEBP -> webp(bytes);
            case GIF -> true; // GifBlocks walks every block to the trailer
        };
    }

    /**
     * After the first scan begins (SOS) an end-of-image marker (FF D9) must follow. In scan data a 0xFF byte is
     * always followed by 0x00 or a restart or scan marker, so FF D9 there is the real end; an EXIF thumbnail's own
     * FF D9 comes before the SOS and does not count.
     */
    static boolean jpeg(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF;
            if (marker == 0xDA) {
                for (int i = jpeg.length - 2; i >= at + 2 + length; i--) {
                    if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xD9) {
                        return true;
                    }
                }
                return false;
            }
            at += 2 + length;
        }
        return false;
    }

    /** Every chunk within the file with a correct CRC, the last one IEND. */
    static boolean png(byte[] png) {
        int at = 8;
        while (at + 12 <= png.length) {
            long length = u32(png, at);
            if (length > png.length - at - 12L) {
                return false;
            }
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + (int) length);
            if (crc.getValue() != u32(png, at + 8 + (int) length)) {
                return false;
            }
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            at += 12 + (int) length;
            if (type.equals("IEND")) {
                return true;
            }
        }
        return false;
    }

    /** The RIFF header's size covers the file (a trailing pad byte allowed). */
    static boolean webp(byte[] webp) {
        long declared = (webp[4] & 0xFFL) | (webp[5] & 0xFFL) << 8 | (webp[6] & 0xFFL) << 16 | (webp[7] & 0xFFL) << 24;
        return declared + 8 <= webp.length;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | b[at + 3] & 0xFFL;
    }
}
