package org.livebrief.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The EXIF orientation (tag 0x0112, 1–8) of a JPEG, read from its APP1 segment without a metadata library: the
 * decoders are told to ignore metadata (it is thrown away anyway), so the one value that changes how the picture
 * must be turned is read here. Anything malformed reads as 1, upright as stored.
 */
final class ExifOrientation {

    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // the pixels begin: EXIF comes before them or not at all
            }
            int length = u16(jpeg, at + 2, true);
            int data = at + 4;
            if (length < 2 || data + length - 2 > jpeg.length) {
                return 1;
            }
            if (marker == 0xE1 && length - 2 >= EXIF.length + 8
                    && Arrays.equals(jpeg, data, data + EXIF.length, EXIF, 0, EXIF.length)) {
                return fromTiff(jpeg, data + EXIF.length, data + length - 2);
            }
            at = data + length - 2;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, bigEndian);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int count = u16(b, (int) ifd, bigEndian);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == 0x0112 && u16(b, entry + 2, bigEndian) == 3) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
