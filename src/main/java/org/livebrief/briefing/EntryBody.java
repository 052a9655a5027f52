package org.livebrief.briefing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.livebrief.embeds.EmbedProviders;

/**
 * An entry body as stored: sanitized HTML plus a plain-text excerpt. Input is either HTML (cleaned to
 * the newsroom {@link BodyAllowlist}: paragraphs, links over http/https with {@code rel="nofollow noopener"},
 * emphasis, lists, blockquotes, line breaks, our own pictures ({@link Figures}) and embeds Livebrief rebuilds from
 * their URL ({@link Embeds})) or plain text (blank lines make paragraphs; a paragraph that is only an allowed embed's
 * address becomes that embed).
 */
public record EntryBody(String html, String excerpt) {

    static final int TITLE_CHARS = 120;

    public static final int MAX_INPUT_CHARS = 100_000;
    /** The body column's size: escaping can make the stored HTML up to five times the input ({@code &} → {@code &amp;}). */
    public static final int MAX_HTML_CHARS = 200_000;
    static final int EXCERPT_CHARS = 280;

    private static final Safelist NEWSROOM = Embeds.addTo(Figures.addTo(BodyAllowlist.NEWSROOM.safelist()));
    /** Text that names an HTML element is treated as HTML; anything else is escaped as plain text. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<!--|<\\s*/?\\s*(?:p|br|a|em|strong|b|i|u|s|ul|ol|li|"
            + "blockquote|div|span|h[1-6]|script|style|img|iframe|table|tr|td|th|code|pre|sup|sub|small|hr|figure|"
            + "figcaption|video|audio|object|embed|svg|math|form|input|button|link|meta|html|body|head)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_CHARS = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "blockquote", "figure");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");

    /** Cleans {@code input}; the result's html is empty when nothing readable is left. */
    public static EntryBody sanitize(String input) {
        return sanitize(input, EmbedProviders.current());
    }

    /** Cleans {@code input}, keeping the embeds {@code providers} allow (see {@link Embeds}). */
    static EntryBody sanitize(String input, EmbedProviders providers) {
        String text = UNSAFE_CHARS.matcher(input == null ? "" : input).replaceAll(" ").strip();
        // Plain text is escaped by hand and then cleaned like HTML: the cleaner writes " and ' in text as
        // they are, and a body saved again (then HTML) must not change.
        String html = clean(LOOKS_LIKE_HTML.matcher(text).find() ? text : paragraphs(text, providers), providers);
        Element parsed = Jsoup.parseBodyFragment(html).body();
        String plain = parsed.text().strip();
        if (plain.isEmpty()) {
            // A picture alone is an entry; its alt text is what a text-only reader gets of it.
            plain = parsed.select("img").eachAttr("alt").stream().filter(a -> !a.isBlank())
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (parsed.select("img").isEmpty()) {
                return new EntryBody("", "");
            }
        }
        return new EntryBody(html.strip(), excerpt(plain));
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** Whether every picture in this body has alt text (required to save an entry that holds one). */
    public boolean imagesDescribed() {
        return Figures.everyImageHasAlt(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * The safelist knows tags, not where they may stand: from {@code <math><mi><a><p>} the cleaner keeps a
     * {@code <p>} inside an {@code <a>} inside a {@code <p>}, which a browser (and the next edit) parses as
     * another tree. Cleaning the output again until it no longer changes stores what a parser reads back, so
     * sanitising an edited body again changes nothing.
     */
    private static String clean(String text, EmbedProviders providers) {
        String html = blocks(Jsoup.clean(text, "", NEWSROOM, COMPACT), providers);
        for (int pass = 0; pass < 3; pass++) {
            String again = blocks(Jsoup.clean(html, "", NEWSROOM, COMPACT), providers);
            if (again.equals(html)) {
                break;
            }
            html = again;
        }
        return html;
    }

    /** Wraps runs of top-level text and inline elements in paragraphs, so every body is a list of blocks. */
    private static String blocks(String cleanHtml, EmbedProviders providers) {
        Document fragment = Jsoup.parseBodyFragment(cleanHtml);
        fragment.outputSettings(COMPACT.clone());
        Element body = fragment.body();
        Element paragraph = null;
        Element list = null;
        for (Node node : List.copyOf(body.childNodes())) {
            boolean block = node instanceof Element e && BLOCKS.contains(e.normalName());
            if (node instanceof Element e && e.normalName().equals("li")) {
                // A list item outside a list (<li> on its own) gets one, not a paragraph it cannot stand in.
                if (list == null) {
                    list = new Element("ul");
                    node.before(list);
                }
                list.appendChild(node);
                paragraph = null;
                continue;
            }
            list = null;
            if (block) {
                paragraph = null;
            } else if (node instanceof TextNode t && t.isBlank() && paragraph == null) {
                node.remove();
            } else {
                if (paragraph == null) {
                    paragraph = new Element("p");
                    node.before(paragraph);
                }
                paragraph.appendChild(node);
            }
        }
        // A parser ends a paragraph at the start of another block, so a block inside one (through <a>, <i> …)
        // would come back as another tree: keep its content, drop the inner block.
        body.select("p p, p ul, p ol, p li, p blockquote, p figure, li figure, blockquote figure").forEach(Element::unwrap);
        Embeds.rebuild(body, providers);
        Figures.keepOwn(body);
        return body.html();
    }

    /** Plain text as paragraphs; a paragraph that is only the address of an allowed embed becomes that embed. */
    private static String paragraphs(String text, EmbedProviders providers) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String embed = paragraph.isBlank() ? null : Embeds.fromBareUrl(paragraph.strip(), providers);
            if (embed != null) {
                html.append(embed);
            } else if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text, COMPACT);
    }

    static String excerpt(String plain) {
        String collapsed = plain.replaceAll("\\s+", " ");
        if (collapsed.codePointCount(0, collapsed.length()) <= EXCERPT_CHARS) {
            return collapsed;
        }
        int end = collapsed.offsetByCodePoints(0, EXCERPT_CHARS - 1);
        int space = collapsed.lastIndexOf(' ', end);
        return collapsed.substring(0, space > EXCERPT_CHARS / 2 ? space : end).strip() + "…";
    }

    /** The first sentence of an excerpt, at most {@link #TITLE_CHARS} characters cut at a word: a title for an entry without a headline. */
    public static String firstSentence(String excerpt) {
        java.text.BreakIterator sentences = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
        sentences.setText(excerpt);
        int end = sentences.next();
        String first = end == java.text.BreakIterator.DONE ? excerpt : excerpt.substring(0, end).strip();
        if (first.length() <= TITLE_CHARS) {
            return first;
        }
        int space = first.lastIndexOf(' ', TITLE_CHARS - 1);
        return first.substring(0, space > 0 ? space : TITLE_CHARS - 1) + "…";
    }

    /**
     * The body with its dateline ("KYIV —") at the start of its first paragraph, as agencies print it; before the
     * body in a paragraph of its own when the body does not start with one. {@code dateline} is plain text (null:
     * the body as it is).
     */
    public static String withDateline(String html, String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return html;
        }
        String span = "<span class=\"dateline\">" + org.jsoup.nodes.Entities.escape(dateline) + "</span> ";
        if (html.startsWith("<p>")) {
            return "<p>" + span + html.substring("<p>".length());
        }
        return "<p class=\"dateline\">" + span.strip() + "</p>" + html;
    }
}
