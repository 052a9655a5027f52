package org.livebrief.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

/**
 * An upload's bytes checked and turned into the renditions that are stored: pure, no container, no storage.
 * The checks come in the order of their cost: the first bytes name the format; the header gives the size, refused
 * over {@link MediaSettings#maxPixels()} before a pixel is decoded (a 50,000 × 50,000 PNG is a few kilobytes that
 * would take 10 GB); then the pixels are decoded, and a decoder's warning (a JPEG cut short decodes to grey with
 * one) refuses the upload as corrupt. Renditions are encoded anew from the pixels, upright, with no metadata.
 * JPEG and opaque WebP become JPEG; PNG, still GIF and WebP with transparency become PNG; an animated GIF is kept
 * as its cleaned frames ({@link GifBlocks}) at its own size only.
 */
final class Renditions {

    static final float JPEG_QUALITY = 0.85f;

    /** One stored file: its URL's name is {@code <hash>-<width>.<extension>}. */
    record Rendition(int width, int height, String extension, String contentType, byte[] bytes) {
    }

    /** What an upload became; {@code hash} names the full-size rendition's bytes. */
    record Processed(String hash, ImageFormat source, int width, int height, boolean animated,
                     List<Rendition> renditions) {

        String name(Rendition rendition) {
            return hash + "-" + rendition.width() + "." + rendition.extension();
        }
    }

    /**
     * TwelveMonkeys' JPEG reader, not put into ImageIO's JVM-wide registry (that would keep this WAR's class loader
     * after an undeploy); it finds the JDK's reader it delegates to when told of the registry.
     */
    private static final JPEGImageReaderSpi JPEG_READERS = new JPEGImageReaderSpi();
    private static final WebPImageReaderSpi WEBP_READERS = new WebPImageReaderSpi();

    static {
        JPEG_READERS.onRegistration(IIORegistry.getDefaultInstance(), ImageReaderSpi.class);
    }

    private Renditions() {
    }

    static Processed of(byte[] upload, MediaSettings settings) {
        if (upload.length == 0) {
            throw new ProblemException(Problem.of(400, "empty-upload", "Bad Request", "The upload has no bytes"));
        }
        ImageFormat format = ImageFormat.sniff(upload).orElseThrow(() -> new ProblemException(Problem.of(415,
                "not-an-image", "Unsupported Media Type", "The upload is not a JPEG, PNG, GIF or WebP image")));
        if (format == ImageFormat.GIF) {
            GifBlocks.Cleaned gif = cleanGif(upload);
            requirePixels(gif.width(), gif.height(), settings);
            if (gif.frames() > 1) {
                BufferedImage first = decode(gif.bytes(), format, settings);
                requirePixels(first.getWidth(), first.getHeight(), settings);
                Rendition only = new Rendition(gif.width(), gif.height(), "gif", "image/gif", gif.bytes());
                return new Processed(hash(gif.bytes()), format, gif.width(), gif.height(), true, List.of(only));
            }
        }
        if (!WholeFiles.whole(format, upload)) {
            throw corrupt("the file is cut short or damaged");
        }
        BufferedImage decoded = decode(upload, format, settings);
        BufferedImage upright = format == ImageFormat.JPEG ? upright(decoded, ExifOrientation.of(upload)) : decoded;
        boolean jpeg = format == ImageFormat.JPEG || format == ImageFormat.WEBP && !upright.getColorModel().hasAlpha();
        return render(format, jpeg ? opaque(upright) : upright, jpeg, settings);
    }

    private static Processed render(ImageFormat source, BufferedImage image, boolean jpeg, MediaSettings settings) {
        List<Rendition> renditions = new ArrayList<>();
        byte[] full = encode(image, jpeg);
        for (int width : settings.widths()) {
            if (width < image.getWidth()) {
                BufferedImage smaller = resize(image, width);
                renditions.add(rendition(smaller, jpeg, encode(smaller, jpeg)));
            }
        }
        renditions.add(rendition(image, jpeg, full));
        return new Processed(hash(full), source, image.getWidth(), image.getHeight(), false, List.copyOf(renditions));
    }

    private static Rendition rendition(BufferedImage image, boolean jpeg, byte[] bytes) {
        return new Rendition(image.getWidth(), image.getHeight(), jpeg ? "jpg" : "png", jpeg ? "image/jpeg" : "image/png",
                bytes);
    }

    static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: not expected
        }
    }

    private static GifBlocks.Cleaned cleanGif(byte[] upload) {
        try {
            return GifBlocks.clean(upload);
        } catch (GifBlocks.Malformed e) {
            throw corrupt(e.getMessage());
        }
    }

    private static void requirePixels(long width, long height, MediaSettings settings) {
        if (width < 1 || height < 1) {
            throw corrupt("the image declares no pixels");
        }
        if (width * height > settings.maxPixels()) {
            throw new ProblemException(new Problem("too-many-pixels", "Payload too large", 413,
                    "The image is " + width + " × " + height + " pixels; at most " + settings.maxPixels()
                            + " pixels are accepted", List.of(), Map.of("limit", settings.maxPixels())));
        }
    }

    private static BufferedImage decode(byte[] bytes, ImageFormat format, MediaSettings settings) {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            requirePixels(reader.getWidth(0), reader.getHeight(0), settings);
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw corrupt(warnings.get(0));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            // Decoders signal malformed input with IIOException, EOFException, and (inside their tables)
            // IndexOutOfBounds and IllegalArgument alike: all of it is the upload's fault.
            throw corrupt(e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageFormat format) {
        try {
            return switch (format) {
                case JPEG -> JPEG_READERS.createReaderInstance(null);
                case WEBP -> WEBP_READERS.createReaderInstance(null);
                case PNG, GIF -> first(ImageIO.getImageReadersByFormatName(format.name().toLowerCase()));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T first(Iterator<T> found) {
        if (!found.hasNext()) {
            throw new IllegalStateException("the JDK has no image reader or writer it should have");
        }
        return found.next();
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
    }

    /** The picture on white in plain RGB: what a JPEG can hold. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Pixels only: the writers get no metadata, so they write none (a JPEG's JFIF header says only its density). */
    static byte[] encode(BufferedImage image, boolean jpeg) {
        ImageWriter writer = first(ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException corrupt(String why) {
        return new ProblemException(Problem.of(400, "corrupt-image", "Bad Request",
                "The image could not be read" + (why == null || why.isBlank() ? "" : ": " + why)));
    }
}
