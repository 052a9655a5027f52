package org.livebrief.media.bench;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.livebrief.media.RenditionsProbe;

/**
 * The in-process half of {@code bench/images/run.sh}: what a rendition set costs per megapixel against plain ImageIO
 * decoding of the same file (the baseline, measured in the same run), and how the resizers compare on speed and
 * quality (PSNR against an area-averaged reference, the textbook box filter). Prints one line per figure; writes the
 * sample photo and variants of it (other noise) into the directory given, for the HTTP half. Not a test: no
 * thresholds. Arguments: directory, width (4000), rounds (5), variants to write (0).
 */
public final class ImageBench {

    private ImageBench() {
    }

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args.length > 1 ? args[1] : "4000");
        int height = width * 3 / 4;
        int rounds = Integer.parseInt(args.length > 2 ? args[2] : "5");
        BufferedImage photo = photoLike(width, height, 17);
        byte[] jpeg = jpeg(photo);
        Path out = Path.of(args[0]);
        Files.write(out.resolve("photo-0.jpg"), jpeg);
        int variants = Integer.parseInt(args.length > 3 ? args[3] : "0");
        for (int i = 1; i < variants; i++) { // the same scene with other noise: other pixels, another hash, stored anew
            Files.write(out.resolve("photo-" + i + ".jpg"), jpeg(photoLike(width, height, 17 + i)));
        }
        double megapixels = width * (double) height / 1e6;
        System.out.printf(Locale.ROOT, "sample: %d × %d (%.1f MP), JPEG %.1f MB%n", width, height, megapixels,
                jpeg.length / 1e6);

        for (int i = 0; i < 2; i++) { // warm-up
            ImageIO.read(new ByteArrayInputStream(jpeg));
            RenditionsProbe.process(jpeg);
        }
        long decode = best(rounds, () -> ImageIO.read(new ByteArrayInputStream(jpeg)));
        long renditions = best(rounds, () -> RenditionsProbe.process(jpeg));
        System.out.printf(Locale.ROOT, "baseline ImageIO decode: %.1f ms/MP%n", decode / 1e6 / megapixels);
        System.out.printf(Locale.ROOT, "upload processing (check, decode, 4 renditions + full size, encode): %.1f ms/MP"
                + " = %.2f× the baseline decode%n", renditions / 1e6 / megapixels, renditions / (double) decode);
        System.out.printf(Locale.ROOT, "in-process throughput: %.2f uploads/s, %.1f MB/s of JPEG (one core)%n",
                1e9 / renditions, jpeg.length / 1e6 * 1e9 / renditions);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        int target = 640;
        int targetHeight = Math.round(decoded.getHeight() * target / (float) decoded.getWidth());
        BufferedImage reference = areaAverage(decoded, target, targetHeight);
        compare("Thumbnailator (progressive bilinear)", decoded, reference, rounds,
                image -> thumbnailator(image, target));
        compare("TwelveMonkeys ResampleOp Lanczos", decoded, reference, rounds,
                image -> new ResampleOp(target, targetHeight, ResampleOp.FILTER_LANCZOS).filter(image, null));
        compare("TwelveMonkeys ResampleOp triangle", decoded, reference, rounds,
                image -> new ResampleOp(target, targetHeight, ResampleOp.FILTER_TRIANGLE).filter(image, null));
        compare("Java2D one-step bilinear", decoded, reference, rounds, image -> oneStep(image, target, targetHeight));
    }

    private static void compare(String name, BufferedImage source, BufferedImage reference, int rounds,
                                UnaryOperator<BufferedImage> resize) throws Exception {
        resize.apply(source);
        long nanos = best(rounds, () -> resize.apply(source));
        System.out.printf(Locale.ROOT, "resize to 640 w, %-38s %6.1f ms  PSNR %.1f dB%n", name + ":", nanos / 1e6,
                psnr(resize.apply(source), reference));
    }

    private static BufferedImage thumbnailator(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage oneStep(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static BufferedImage areaAverage(BufferedImage image, int width, int height) {
        Image scaled = image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return out;
    }

    private static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (p >> shift & 0xFF) - (q >> shift & 0xFF);
                    sum += d * d;
                    n++;
                }
            }
        }
        return 10 * Math.log10(255.0 * 255.0 / (sum / n));
    }

    /** Smooth gradients, hard edges, fine stripes and sensor-like noise: what makes resizers differ. */
    static BufferedImage photoLike(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 128 + (int) (100 * Math.sin(x / 300.0) * Math.cos(y / 200.0));
                int g = (x * 255 / width + y * 64 / height) & 0xFF;
                int b = (x / 40 + y / 40) % 2 == 0 ? 200 : 40;
                if (x > width / 2 && y > height / 2) {
                    b = (x / 3) % 2 == 0 ? 250 : 10; // 3-px stripes: aliasing shows here
                }
                int noise = random.nextInt(17) - 8;
                image.setRGB(x, y, clamp(r + noise) << 16 | clamp(g + noise) << 8 | clamp(b + noise));
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Work {
        Object run() throws Exception;
    }

    private static long best(int rounds, Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
