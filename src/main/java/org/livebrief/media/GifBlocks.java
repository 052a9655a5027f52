package org.livebrief.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An animated GIF rewritten block by block with only what draws it: the header, colour tables, frames, their
 * graphic control (delay, disposal, transparency) and the loop count. Comments, plain-text blocks and every other
 * application extension (XMP rides in one) are dropped. Re-encoding the frames would be the other way to strip
 * them, but composing frames with their disposal rules to encode them again is where GIF tools go wrong; copying
 * the frames' compressed bytes cannot change a pixel. A GIF that ends before its trailer is refused as cut short.
 */
final class GifBlocks {

    /** The cleaned GIF, its logical screen size and its number of frames. */
    record Cleaned(byte[] bytes, int width, int height, int frames) {
    }

    /** Thrown when the bytes are not a whole, well-formed GIF. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] in;
    private int at;
    private final ByteArrayOutputStream out;

    private GifBlocks(byte[] in) {
        this.in = in;
        this.out = new ByteArrayOutputStream(in.length);
    }

    static Cleaned clean(byte[] gif) throws Malformed {
        return new GifBlocks(gif).clean();
    }

    private Cleaned clean() throws Malformed {
        copy(6 + 7);
        int width = u16(6);
        int height = u16(8);
        int packed = in[10] & 0xFF;
        if ((packed & 0x80) != 0) {
            copy(3 << ((packed & 7) + 1));
        }
        int frames = 0;
        while (true) {
            int introducer = next();
            if (introducer == 0x3B) {
                out.write(0x3B);
                return new Cleaned(out.toByteArray(), width, height, frames);
            } else if (introducer == 0x2C) {
                at--;
                frame();
                frames++;
            } else if (introducer == 0x21) {
                extension();
            } else {
                throw new Malformed("unexpected block 0x" + Integer.toHexString(introducer));
            }
        }
    }

    private void frame() throws Malformed {
        need(10);
        int packed = in[at + 9] & 0xFF;
        copy(10);
        if ((packed & 0x80) != 0) {
            copy(3 << ((packed & 7) + 1));
        }
        copy(1); // LZW minimum code size
        copySubBlocks();
    }

    private void extension() throws Malformed {
        int label = next();
        boolean keep = label == 0xF9 || label == 0xFF && isLoopExtension();
        if (keep) {
            out.write(0x21);
            out.write(label);
            copySubBlocks();
        } else {
            skipSubBlocks();
        }
    }

    /** NETSCAPE2.0 / ANIMEXTS1.0: the loop count, the one application extension a browser reads. */
    private boolean isLoopExtension() throws Malformed {
        need(12);
        String id = new String(in, at + 1, 11, StandardCharsets.US_ASCII);
        return (in[at] & 0xFF) == 11 && (id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0"));
    }

    private void copySubBlocks() throws Malformed {
        int size;
        do {
            size = next();
            out.write(size);
            copy(size);
        } while (size != 0);
    }

    private void skipSubBlocks() throws Malformed {
        int size;
        do {
            size = next();
            need(size);
            at += size;
        } while (size != 0);
    }

    private int next() throws Malformed {
        need(1);
        return in[at++] & 0xFF;
    }

    private void copy(int n) throws Malformed {
        need(n);
        out.write(in, at, n);
        at += n;
    }

    private void need(int n) throws Malformed {
        if (at + n > in.length) {
            throw new Malformed("the GIF ends before its trailer");
        }
    }

    private int u16(int offset) {
        return (in[offset] & 0xFF) | (in[offset + 1] & 0xFF) << 8;
    }
}
