package org.livebrief.briefing;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Safelist;

/**
 * Pictures in entry bodies, in one shape only:
 * {@code <figure><img src srcset sizes alt width height><figcaption>caption <small>credit</small></figcaption></figure>},
 * where {@code src} and every {@code srcset} candidate are this server's own media URLs
 * ({@code /livebrief/media/<hash>-<width>.<ext>}, what {@code media.ImageView} hands out). An author therefore can
 * never make a reader's browser fetch anything from a third party (a tracking pixel, a URL that logs who read the
 * page) nor anything that is not one of our stripped renditions. An {@code <img>} in any other form or place is
 * dropped; a figure left without its picture is unwrapped into its caption's text.
 * <p>These elements are not in {@link BodyAllowlist}: that list is also what the editor's paste keeps, and a
 * pasted third-party image must not load in the composer either.
 */
public final class Figures {

    static final Pattern MEDIA_URL = Pattern.compile("/livebrief/media/[0-9a-f]{40}-[0-9]{1,5}\\.(?:jpg|png|gif)");
    private static final Pattern SRCSET = Pattern.compile(
            MEDIA_URL.pattern() + " [0-9]{1,5}w(?:, ?" + MEDIA_URL.pattern() + " [0-9]{1,5}w){0,11}");
    private static final String LENGTH = "[0-9]{1,4}(?:px|vw|rem|em)";
    private static final String SIZE = "(?:\\((?:max|min)-width: ?[0-9]{1,4}(?:px|rem|em)\\) )?" + LENGTH;
    private static final Pattern SIZES = Pattern.compile(SIZE + "(?:, ?" + SIZE + "){0,5}");
    private static final Pattern PIXELS = Pattern.compile("[1-9][0-9]{0,4}");

    private Figures() {
    }

    /** {@code safelist} with the figure's elements and attributes; {@link #keepOwn} then checks their values. */
    static Safelist addTo(Safelist safelist) {
        return safelist.addTags("figure", "figcaption", "small", "img")
                .addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height");
    }

    /** Removes every picture not in the one allowed shape from a cleaned body. */
    static void keepOwn(Element body) {
        for (Element img : body.select("img")) {
            if (!img.parent().normalName().equals("figure") || !MEDIA_URL.matcher(img.attr("src")).matches()) {
                Element parent = img.parent();
                img.remove();
                if (parent.normalName().equals("p") && parent.childNodeSize() == 0) {
                    parent.remove(); // the paragraph that only wrapped it
                }
                continue;
            }
            if (img.hasAttr("srcset") && !SRCSET.matcher(img.attr("srcset")).matches()) {
                img.removeAttr("srcset");
            }
            if (img.hasAttr("sizes") && !SIZES.matcher(img.attr("sizes")).matches()) {
                img.removeAttr("sizes");
            }
            for (String size : List.of("width", "height")) {
                if (img.hasAttr(size) && !PIXELS.matcher(img.attr(size)).matches()) {
                    img.removeAttr(size);
                }
            }
        }
        for (Element caption : body.select("figcaption")) {
            if (!caption.parent().normalName().equals("figure")) {
                caption.unwrap();
            }
        }
        for (Element small : body.select("small")) {
            if (!small.parent().normalName().equals("figcaption")) {
                small.unwrap();
            }
        }
        for (Element figure : body.select("figure:not(.embed)")) {
            keepOneImageAndCaption(figure);
        }
    }

    private static void keepOneImageAndCaption(Element figure) {
        Element img = figure.selectFirst("> img");
        if (img == null || figure.parent() == null || !figure.parent().normalName().equals("body")) {
            Element caption = figure.selectFirst("> figcaption");
            Element paragraph = new Element("p");
            if (caption != null && !caption.text().isBlank()) {
                figure.before(paragraph.text(caption.text()));
            }
            figure.remove();
            return;
        }
        Element caption = figure.selectFirst("> figcaption");
        for (Node child : List.copyOf(figure.childNodes())) {
            if (child != img && child != caption) {
                child.remove();
            }
        }
        if (caption != null && caption.siblingIndex() < img.siblingIndex()) {
            img.after(caption);
        }
    }

    /** A picture to show for an entry elsewhere (a shared link's card): its URL on this site and its alt text. */
    record Picture(String url, String alt) {
        /** Its address made absolute against a page's absolute URL (for link cards and JSON-LD). */
        String from(String pageUrl) {
            return java.net.URI.create(pageUrl).resolve(url).toString();
        }
    }

    /**
     * The first picture of a cleaned body, at the largest rendition no wider than {@code maxWidth} its
     * {@code srcset} offers (its {@code src} when none is), or empty when the entry has none.
     */
    static java.util.Optional<Picture> first(String cleanBody, int maxWidth) {
        Element img = org.jsoup.Jsoup.parseBodyFragment(cleanBody).selectFirst("figure > img");
        if (img == null || !MEDIA_URL.matcher(img.attr("src")).matches()) {
            return java.util.Optional.empty();
        }
        String best = img.attr("src");
        int bestWidth = -1;
        for (String candidate : img.attr("srcset").split(",")) {
            String[] parts = candidate.strip().split(" ");
            if (parts.length == 2 && parts[1].endsWith("w") && MEDIA_URL.matcher(parts[0]).matches()) {
                int width = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
                if (width <= maxWidth && width > bestWidth) {
                    best = parts[0];
                    bestWidth = width;
                }
            }
        }
        return java.util.Optional.of(new Picture(best, img.attr("alt")));
    }

    /**
     * A picture of an entry as syndication carries it (feeds' enclosures, Media RSS, JSON Feed attachments, ninjs
     * associations): its renditions as the {@code srcset} offers them, narrowest first ({@code src} alone when it
     * has none), what describes it, and its {@code width}/{@code height} attributes (0 when absent), which give its
     * proportions. Addresses are as in the body: this site's paths.
     */
    public record Figure(List<Rendition> renditions, String alt, String caption, String credit, int width, int height) {

        public Figure {
            renditions = List.copyOf(renditions);
        }

        /** The widest rendition no wider than {@code maxWidth}, or the narrowest when all are wider. */
        public Rendition upTo(int maxWidth) {
            Rendition best = renditions.get(0);
            for (Rendition r : renditions) {
                if (r.width() <= maxWidth && r.width() >= best.width()) {
                    best = r;
                }
            }
            return best;
        }

        /** The height of a rendition {@code width} px wide, from the picture's proportions; 0 when unknown. */
        public int heightAt(int width) {
            return this.width > 0 && height > 0 ? Math.max(1, Math.round((float) width * height / this.width)) : 0;
        }
    }

    /** One file of a picture: its address on this site and its width in pixels (0 when the body does not say). */
    public record Rendition(String path, int width) {
    }

    /** Every picture of a cleaned body, in order; a body that passed {@link #keepOwn} holds no other kind. */
    public static List<Figure> all(String cleanBody) {
        if (!cleanBody.contains("<img")) {
            return List.of();
        }
        List<Figure> figures = new java.util.ArrayList<>();
        for (Element img : org.jsoup.Jsoup.parseBodyFragment(cleanBody).select("figure > img")) {
            if (!MEDIA_URL.matcher(img.attr("src")).matches()) {
                continue;
            }
            java.util.TreeMap<Integer, String> byWidth = new java.util.TreeMap<>();
            for (String candidate : img.attr("srcset").split(",")) {
                String[] parts = candidate.strip().split(" ");
                if (parts.length == 2 && parts[1].matches("[0-9]{1,5}w") && MEDIA_URL.matcher(parts[0]).matches()) {
                    byWidth.put(Integer.parseInt(parts[1].substring(0, parts[1].length() - 1)), parts[0]);
                }
            }
            int width = pixels(img.attr("width"));
            List<Rendition> renditions = byWidth.isEmpty() ? List.of(new Rendition(img.attr("src"), width))
                    : byWidth.entrySet().stream().map(e -> new Rendition(e.getValue(), e.getKey())).toList();
            Element caption = img.parent().selectFirst("> figcaption");
            String credit = caption == null ? "" : caption.select("> small").text();
            String text = "";
            if (caption != null) {
                Element copy = caption.clone();
                copy.select("small").remove();
                text = copy.text().strip();
            }
            figures.add(new Figure(renditions, img.attr("alt"), text, credit, width, pixels(img.attr("height"))));
        }
        return List.copyOf(figures);
    }

    private static int pixels(String attribute) {
        return PIXELS.matcher(attribute).matches() ? Integer.parseInt(attribute) : 0;
    }

    /** Whether every picture in a cleaned body says what it shows: needed before it is saved. */
    static boolean everyImageHasAlt(Element body) {
        return body.select("img").stream().noneMatch(img -> img.attr("alt").isBlank());
    }
}
