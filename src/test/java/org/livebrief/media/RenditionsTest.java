package org.livebrief.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

/** What an upload becomes, and what is refused, without a container (issue #17, item 1). */
class RenditionsTest {

    private static final MediaSettings SETTINGS = MediaSettings.defaults();
    /** JPEG markers a clean rendition may have: SOI's followers up to SOS, JFIF's APP0 and the tables, no APPn/COM. */
    private static final Set<Integer> PIXEL_MARKERS = Set.of(0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA);

    @Test
    void aCameraPhotoLosesAllItsMetadataAndStandsUpright() throws IOException {
        byte[] camera = TestImages.cameraJpeg();
        assertThat(ExifOrientation.of(camera)).as("the fixture carries orientation 6").isEqualTo(6);
        assertThat(contains(camera, "GPS") || contains(camera, TestImages.SECRET_SERIAL)).isTrue();

        Renditions.Processed processed = Renditions.of(camera, SETTINGS);

        assertThat(processed.width()).isEqualTo(100);
        assertThat(processed.height()).isEqualTo(200);
        assertThat(processed.renditions()).hasSize(1);
        for (Renditions.Rendition r : processed.renditions()) {
            assertThat(TestImages.jpegMarkers(r.bytes())).as("segments of " + r.width())
                    .isSubsetOf(PIXEL_MARKERS).contains(0xDA);
            assertThat(contains(r.bytes(), "Exif")).isFalse();
            assertThat(contains(r.bytes(), "http://ns.adobe.com")).isFalse();
            assertThat(contains(r.bytes(), "Photoshop")).isFalse();
            assertThat(contains(r.bytes(), TestImages.SECRET_SERIAL)).isFalse();
            assertThat(metadataFormats(r.bytes())).as("what ImageIO finds in it").doesNotContain("unknown");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(image.getWidth()).isEqualTo(100);
            assertThat(image.getHeight()).isEqualTo(200);
            assertThat(redish(image.getRGB(50, 20))).as("red on top: the orientation was applied").isTrue();
            assertThat(redish(image.getRGB(50, 180))).as("blue at the bottom").isFalse();
        }
    }

    @Test
    void renditionsComeAtTheConfiguredWidthsBelowTheOriginalNeverAbove() throws IOException {
        Renditions.Processed processed = Renditions.of(TestImages.plainJpeg(1200, 800), SETTINGS);

        assertThat(processed.renditions()).extracting(Renditions.Rendition::width).containsExactly(320, 640, 1024, 1200);
        for (Renditions.Rendition r : processed.renditions()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.bytes()));
            assertThat(image.getWidth()).isEqualTo(r.width());
            assertThat(image.getHeight()).isEqualTo(r.height()).isEqualTo(Math.round(r.width() * 800 / 1200f));
            assertThat(r.contentType()).isEqualTo("image/jpeg");
            assertThat(processed.name(r)).matches("[0-9a-f]{40}-" + r.width() + "\\.jpg");
        }
    }

    @Test
    void pngTextChunksAreDroppedAndTransparencyKept() throws IOException {
        byte[] text = TestImages.pngWithText();
        assertThat(TestImages.pngChunkTypes(text)).contains("tEXt");
        for (Renditions.Rendition r : Renditions.of(text, SETTINGS).renditions()) {
            assertThat(TestImages.pngChunkTypes(r.bytes())).isSubsetOf("IHDR", "PLTE", "tRNS", "IDAT", "IEND");
            assertThat(contains(r.bytes(), TestImages.SECRET_SERIAL)).isFalse();
            assertThat(r.contentType()).isEqualTo("image/png");
        }
        Renditions.Rendition alpha = Renditions.of(TestImages.plainPng(700, 10, true), SETTINGS).renditions().get(0);
        assertThat(alpha.width()).isEqualTo(320);
        assertThat(ImageIO.read(new ByteArrayInputStream(alpha.bytes())).getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void anAnimatedGifKeepsItsFramesAndLoopAndLosesItsCommentAndXmp() throws IOException {
        byte[] gif = TestImages.animatedGif();
        Renditions.Processed processed = Renditions.of(gif, SETTINGS);

        assertThat(processed.animated()).isTrue();
        assertThat(processed.renditions()).singleElement().satisfies(r -> {
            assertThat(r.contentType()).isEqualTo("image/gif");
            assertThat(contains(r.bytes(), TestImages.SECRET_SERIAL)).isFalse();
            assertThat(contains(r.bytes(), "XMP")).isFalse();
            assertThat(contains(r.bytes(), "NETSCAPE2.0")).as("the loop count stays").isTrue();
        });
        byte[] cleaned = processed.renditions().get(0).bytes();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(cleaned))) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
            assertThat(redish(reader.read(0).getRGB(5, 5))).isTrue();
            assertThat(redish(reader.read(1).getRGB(5, 5))).isFalse();
        }
    }

    @Test
    void aWebpPhotoBecomesAJpegWithoutItsExifAndXmp() throws IOException {
        byte[] webp = TestImages.resource("camera.webp");
        assertThat(contains(webp, TestImages.SECRET_SERIAL)).as("the fixture carries EXIF and XMP").isTrue();
        Renditions.Processed processed = Renditions.of(webp, SETTINGS);
        assertThat(processed.source()).isEqualTo(ImageFormat.WEBP);
        Renditions.Rendition only = processed.renditions().get(0);
        assertThat(only.contentType()).isEqualTo("image/jpeg");
        assertThat(TestImages.jpegMarkers(only.bytes())).isSubsetOf(PIXEL_MARKERS);
        assertThat(contains(only.bytes(), TestImages.SECRET_SERIAL)).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(only.bytes()));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(redish(image.getRGB(10, 40))).isTrue();
        assertThat(redish(image.getRGB(110, 40))).isFalse();

        Renditions.Rendition alpha = Renditions.of(TestImages.resource("alpha.webp"), SETTINGS).renditions().get(0);
        assertThat(alpha.contentType()).as("transparency kept: PNG").isEqualTo("image/png");
        BufferedImage transparent = ImageIO.read(new ByteArrayInputStream(alpha.bytes()));
        assertThat(transparent.getRGB(50, 20) >>> 24).as("the right half stays transparent").isZero();
        assertThat(transparent.getRGB(5, 20) >>> 24).isEqualTo(255);

        byte[] cut = Arrays.copyOf(webp, webp.length - 40);
        assertRefused(cut, 400, "corrupt-image");
    }

    @Test
    void aBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() {
        byte[] bomb = TestImages.pngHeader(50_000, 50_000);
        assertThat(bomb.length).isLessThan(1024);
        assertThatThrownBy(() -> Renditions.of(bomb, SETTINGS)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(413);
            assertThat(e.problem().type()).isEqualTo("too-many-pixels");
        });
    }

    @Test
    void whatIsNotAWholeImageIsRefused() {
        byte[] jpeg = TestImages.plainJpeg(300, 200);
        byte[] png = TestImages.plainPng(300, 200, false);
        byte[] gif = TestImages.animatedGif();
        assertRefused(new byte[0], 400, "empty-upload");
        assertRefused("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes(StandardCharsets.UTF_8),
                415, "not-an-image");
        assertRefused("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 415, "not-an-image");
        assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), 400, "corrupt-image");
        assertRefused(Arrays.copyOf(png, png.length - 20), 400, "corrupt-image");
        assertRefused(Arrays.copyOf(gif, gif.length - 10), 400, "corrupt-image");
        assertRefused(Arrays.copyOf(jpeg, 3), 400, "corrupt-image");
        byte[] garbled = jpeg.clone();
        Arrays.fill(garbled, 20, garbled.length, (byte) 0x5A);
        assertRefused(garbled, 400, "corrupt-image");
    }

    private static void assertRefused(byte[] upload, int status, String type) {
        assertThatThrownBy(() -> Renditions.of(upload, SETTINGS)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).as(e.getMessage()).isEqualTo(status);
            assertThat(e.problem().type()).isEqualTo(type);
        });
    }

    private static boolean redish(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** The names of the metadata nodes ImageIO's JPEG reader reports: an APPn it does not know is "unknown". */
    private static String metadataFormats(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            StringBuilder names = new StringBuilder();
            collect(reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0"), names);
            return names.toString();
        } finally {
            reader.dispose();
        }
    }

    private static void collect(org.w3c.dom.Node node, StringBuilder names) {
        names.append(node.getNodeName()).append(' ');
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, names);
        }
    }
}
