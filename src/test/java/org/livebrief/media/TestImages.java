package org.livebrief.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Images made in the tests, byte by byte where the point is what they carry: a camera-like JPEG with EXIF (GPS
 * position, orientation, camera serial), XMP, IPTC and a comment; a PNG with text chunks; a PNG whose header
 * declares 50,000 × 50,000 pixels; an animated GIF with a comment and XMP. Public so that the ITs send the same.
 */
public final class TestImages {

    /** A camera serial number the metadata of the test images carries: no stored byte may contain it. */
    public static final String SECRET_SERIAL = "SERIAL-4711-SECRET";

    private TestImages() {
    }

    /** Left half red, right half blue, {@code width × height}, plain ImageIO JPEG. */
    public static byte[] plainJpeg(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    public static byte[] plainPng(int width, int height, boolean alpha) {
        return write(halves(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB), "png");
    }

    /**
     * A JPEG as a phone leaves it: stored sideways (left half red, right half blue, 200 × 100) with EXIF
     * orientation 6 (turn 90° clockwise: upright it is 100 × 200, red on top), a GPS position, a camera serial,
     * an XMP packet with a location, an IPTC block and a comment.
     */
    public static byte[] cameraJpeg() {
        byte[] plain = plainJpeg(200, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), exifTiff()));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                + "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
                + "xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='50,27.0N' exif:GPSLongitude='30,31.0E'/>"
                + "</rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8));
        segment(out, 0xED, concat("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII),
                "8BIM\u0004\u0004\0\0\0\0\0\u0010\u001c\u0002\u0074\0\u000bSource name".getBytes(StandardCharsets.ISO_8859_1)));
        segment(out, 0xFE, ("comment " + SECRET_SERIAL).getBytes(StandardCharsets.US_ASCII));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** IFD0: Orientation 6, BodySerialNumber, a pointer to the GPS IFD (N 50° 27′, E 30° 31′). Big-endian. */
    static byte[] exifTiff() {
        ByteBuffer b = ByteBuffer.allocate(256);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        byte[] serial = (SECRET_SERIAL + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0Entries = 3;
        int ifd0End = 8 + 2 + ifd0Entries * 12 + 4;
        int serialAt = ifd0End;
        int gpsAt = serialAt + serial.length;
        b.putShort((short) ifd0Entries);
        entry(b, 0x0112, 3, 1, 6 << 16);
        entry(b, 0x8825, 4, 1, gpsAt);
        entry(b, 0xA431, 2, serial.length, serialAt);
        b.putInt(0);
        b.put(serial);
        int gpsEntries = 4;
        int rationalsAt = gpsAt + 2 + gpsEntries * 12 + 4;
        b.putShort((short) gpsEntries);
        entry(b, 0x0001, 2, 2, 'N' << 24);
        entry(b, 0x0002, 5, 3, rationalsAt);
        entry(b, 0x0003, 2, 2, 'E' << 24);
        entry(b, 0x0004, 5, 3, rationalsAt + 24);
        b.putInt(0);
        for (int v : new int[] {50, 27, 0, 30, 31, 0}) {
            b.putInt(v).putInt(1);
        }
        byte[] tiff = new byte[b.position()];
        b.flip().get(tiff);
        return tiff;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A PNG with tEXt, iTXt-like and eXIf-free text chunks naming a place. */
    public static byte[] pngWithText() {
        byte[] plain = plainPng(64, 48, false);
        List<byte[]> chunks = chunks(plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 8);
        out.writeBytes(chunks.get(0)); // IHDR
        out.writeBytes(chunk("tEXt", ("Comment\0" + SECRET_SERIAL).getBytes(StandardCharsets.ISO_8859_1)));
        out.writeBytes(chunk("tEXt", "Location\0Kyiv 50.45N 30.52E".getBytes(StandardCharsets.ISO_8859_1)));
        for (byte[] c : chunks.subList(1, chunks.size())) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    /** A valid PNG header declaring {@code width × height} pixels, then one tiny IDAT and IEND: a decompression bomb's shape. */
    public static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[width < 100_000 ? 1 + width * 3 : 1]);
        deflater.finish();
        byte[] compressed = new byte[65536];
        int n = deflater.deflate(compressed);
        out.writeBytes(chunk("IDAT", java.util.Arrays.copyOf(compressed, n)));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** Two frames (red, blue) 40 × 30, looping, with a comment and an XMP application extension. */
    public static byte[] animatedGif() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {40, 0, 30, 0, (byte) 0x80, 0, 0}); // global table of 2 colours
        out.writeBytes(new byte[] {(byte) 255, 0, 0, 0, 0, (byte) 255});
        out.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        out.writeBytes("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {3, 1, 0, 0, 0});
        out.writeBytes(new byte[] {0x21, (byte) 0xFE});
        subBlocks(out, ("comment " + SECRET_SERIAL).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x21, (byte) 0xFF, 11});
        out.writeBytes("XMP DataXMP".getBytes(StandardCharsets.US_ASCII));
        subBlocks(out, "<x:xmpmeta>GPS 50.45N</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII));
        for (int colour = 0; colour < 2; colour++) {
            out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, 0, 10, 0, 0, 0}); // 0.1 s
            out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 40, 0, 30, 0, 0});
            out.write(2); // LZW minimum code size
            subBlocks(out, lzwFill(40 * 30, colour));
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    /**
     * LZW data of {@code pixels} pixels of one colour index with code size 3 (min code size 2): a clear code before
     * every literal keeps the code width at 3 bits, which is valid if not compact.
     */
    private static byte[] lzwFill(int pixels, int index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long buffer = 0;
        int bits = 0;
        int[] codes = new int[pixels * 2 + 1];
        int n = 0;
        for (int i = 0; i < pixels; i++) {
            codes[n++] = 4; // clear
            codes[n++] = index;
        }
        codes[n++] = 5; // end of information
        for (int i = 0; i < n; i++) {
            buffer |= (long) codes[i] << bits;
            bits += 3;
            while (bits >= 8) {
                out.write((int) (buffer & 0xFF));
                buffer >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            out.write((int) (buffer & 0xFF));
        }
        return out.toByteArray();
    }

    private static void subBlocks(ByteArrayOutputStream out, byte[] data) {
        for (int at = 0; at < data.length; at += 255) {
            int size = Math.min(255, data.length - at);
            out.write(size);
            out.write(data, at, size);
        }
        out.write(0);
    }

    /** A fixture of {@code src/test/resources/org/livebrief/media/} (see its README: the WebP files). */
    public static byte[] resource(String name) {
        try (var in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG's segment markers in order, up to and including SOS (0xDA). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    /** A PNG's chunk types in order. */
    public static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (byte[] c : chunks(png)) {
            types.add(new String(c, 4, 4, StandardCharsets.US_ASCII));
        }
        return types;
    }

    private static List<byte[]> chunks(byte[] png) {
        List<byte[]> chunks = new ArrayList<>();
        int at = 8;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            byte[] chunk = java.util.Arrays.copyOfRange(png, at, at + 12 + length);
            chunks.add(chunk);
            at += 12 + length;
        }
        return chunks;
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
