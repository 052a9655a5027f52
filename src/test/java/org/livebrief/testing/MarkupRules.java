package org.livebrief.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What no output of Livebrief may hold, checked on markup as a browser's parser reads it: no event-handler
 * attribute, no {@code javascript:}, {@code vbscript:} or {@code data:} URL (no data: image is allowed either:
 * the only images in content are this server's own renditions, in a {@code <figure>}: {@link #ownFigureImage}), no
 * {@code srcdoc}, {@code style} or {@code formaction}, and none of the elements that run or load code or change how
 * the page is read (script other than the page's own files and its JSON-LD, style, iframe, object, embed, base, meta http-equiv, form controls, svg, math, template ...).
 * The same rules, in JavaScript, check the live DOM in the browser tests ({@link #DOM_CHECK}).
 */
public final class MarkupRules {

    static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "form", "input", "button", "textarea", "select", "option", "svg", "math", "template",
            "noscript", "xmp", "plaintext", "noembed", "noframes", "portal", "video", "audio", "source", "track",
            "img", "image", "isindex", "keygen", "bgsound", "marquee", "xml", "link", "meta");
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "cite", "srcset", "dynsrc", "lowsrc", "code", "codebase", "ping", "longdesc");
    static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("srcdoc", "style", "formaction", "http-equiv");
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20\\x7F]");

    private MarkupRules() {
    }

    /** Violations in a fragment of HTML that is content (an entry body, a snippet, a feed item's content). */
    public static List<String> inContent(String html) {
        return check(Jsoup.parseBodyFragment(html), false);
    }

    /** Violations in a whole page of ours: its own scripts, styles, links and metas are allowed, nothing else. */
    public static List<String> inPage(String html) {
        return check(Jsoup.parse(html), true);
    }

    /** An {@code <img>} of one of this server's renditions, in a figure, every candidate of its srcset ours too. */
    static boolean ownFigureImage(Element element) {
        String media = "/livebrief/media/[0-9a-f]{40}-[0-9]{1,5}\\.(?:jpg|png|gif)";
        if (element.normalName().equals("img") && element.className().equals("avatar") && element.parent() != null
                && element.parent().className().equals("byline") && !element.hasAttr("srcset")) {
            return element.attr("src").matches(media); // a contributor's picture: ours too
        }
        return element.normalName().equals("img") && element.parent() != null
                && element.parent().normalName().equals("figure") && element.attr("src").matches(media)
                && element.attr("srcset").matches("(?:" + media + " [0-9]+w(?:, ?)?)*");
    }

    private static List<String> check(Document document, boolean page) {
        List<String> violations = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            if (FORBIDDEN.contains(name) && !(page && ownPagePart(element)) && !ownFigureImage(element)) {
                violations.add("element <" + name + ">: " + shorten(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(key)) {
                    violations.add("attribute " + key + " on <" + name + ">: " + shorten(element.outerHtml()));
                } else if (URL_ATTRIBUTES.contains(key) && badUrl(attribute.getValue())) {
                    violations.add("URL " + shorten(attribute.getValue()) + " in " + key + " on <" + name + ">");
                }
            }
        }
        return violations;
    }

    /** The reader page's own head: its script files, its JSON-LD, its stylesheets and links, plain metas. */
    private static boolean ownPagePart(Element element) {
        return switch (element.normalName()) {
            case "script" -> element.attr("src").startsWith("/livebrief/") && element.data().isEmpty()
                    || element.attr("type").equals("application/ld+json") && jsonLdStaysInside(element);
            case "link" -> Set.of("canonical", "alternate", "stylesheet").contains(element.attr("rel"));
            // the "new updates" notice of the live reader
            case "button" -> element.className().equals("live-notice") && element.attributes().size() == 3
                    && element.hasAttr("type") && element.hasAttr("hidden");
            case "meta" -> !element.hasAttr("http-equiv") && element.parent() != null
                    && element.parent().normalName().equals("head");
            default -> false;
        };
    }

    /** JSON-LD holds one JSON value: a vector that closed the script element would leave it cut short. */
    private static boolean jsonLdStaysInside(Element script) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(script.data()))) {
            reader.read();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean badUrl(String value) {
        String scheme = IGNORED_IN_SCHEME.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:")
                || scheme.startsWith("livescript:") || scheme.startsWith("mocha:");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /**
     * The same rules over a browser's live DOM (the document and every same-origin frame), as a script for
     * {@code executeScript}: returns a list of violations. {@code arguments[0]}: true for a page of ours;
     * {@code arguments[1]}: a CSS selector of the elements that show stored content, where the element rules apply
     * (null: everywhere; the editor's own controls are form elements). Attribute and URL rules apply everywhere,
     * except {@code style}, which counts only inside the content roots.
     */
    public static final String DOM_CHECK = """
            const page = arguments[0];
            const contentRoots = arguments[1];
            const forbidden = new Set(%s);
            const urls = new Set(%s);
            const attrs = new Set(%s);
            const bad = v => /^(javascript|vbscript|data|livescript|mocha):/.test(v.replace(/[\\x00-\\x20\\x7f]/g, '').toLowerCase());
            // An embed's click-to-load button (live/embeds.js), and the player it loads, from an allowed provider's origin only.
            const frameOrigins = %s;
            const embedButton = e => e.className === 'embed-load' && e.attributes.length <= 2
                && e.parentElement && e.parentElement.className === 'embed-controls' && !!e.closest('figure.embed');
            const embedFrame = e => /^embed-frame embed-[a-z0-9-]+$/.test(e.className) && !!e.closest('figure.embed.embed-loaded')
                && frameOrigins.some(o => (e.getAttribute('src') || '').startsWith(o + '/'));
            const own = e => {
              const n = e.localName;
              if (n === 'script') return e.getAttribute('src') ? e.getAttribute('src').startsWith('/livebrief/') && !e.textContent
                  : e.type === 'application/ld+json' && (() => { try { JSON.parse(e.textContent); return true; } catch (x) { return false; } })();
              if (n === 'button') return e.className === 'live-notice' && e.attributes.length <= 3
                  || embedButton(e);
              if (n === 'link') return ['canonical', 'alternate', 'stylesheet'].includes(e.getAttribute('rel'));
              if (n === 'meta') return !e.hasAttribute('http-equiv') && e.parentElement && e.parentElement.localName === 'head';
              if (n === 'iframe') return e.classList.contains('tox-edit-area__iframe') || embedFrame(e);
              return false;
            };
            // A picture of ours: one of this server's renditions in a figure, every srcset candidate ours too.
            const media = '/livebrief/media/[0-9a-f]{40}-[0-9]{1,5}[.](?:jpg|png|gif)';
            const ownImage = e => e.localName === 'img' && e.parentElement && (e.parentElement.localName === 'figure'
                || e.className === 'avatar' && e.parentElement.className === 'byline' && !e.hasAttribute('srcset'))
                && new RegExp('^' + media + '$').test(e.getAttribute('src') || '')
                && new RegExp('^(?:' + media + ' [0-9]+w(?:, ?)?)*$').test(e.getAttribute('srcset') || '');
            // Read elements through Element.prototype: a <form> holding <input name="attributes"> (DOM clobbering)
            // would otherwise hide its own attributes, name and markup from this check.
            const get = name => Object.getOwnPropertyDescriptor(Element.prototype, name).get;
            const attributesOf = get('attributes'), localNameOf = get('localName'), outerHtmlOf = get('outerHTML');
            const closest = Element.prototype.closest;
            const out = [];
            const walk = doc => {
              for (const e of doc.querySelectorAll('*')) {
                if (closest.call(e, '.tox, .tox-tinymce-aux')) continue;
                const n = localNameOf.call(e);
                const content = !contentRoots || closest.call(e, contentRoots);
                if (content && forbidden.has(n) && !(page && own(e)) && !ownImage(e)) out.push('element <' + n + '>: ' + outerHtmlOf.call(e).slice(0, 160));
                for (const a of attributesOf.call(e)) {
                  const k = a.name.toLowerCase();
                  // style outside the stored content is the page's own (TinyMCE hides the textarea it replaces).
                  if (k.startsWith('on') || (attrs.has(k) && (k !== 'style' || content))) out.push('attribute ' + k + ' on <' + n + '>: ' + outerHtmlOf.call(e).slice(0, 160));
                  else if (urls.has(k) && bad(a.value)) out.push('URL ' + a.value.slice(0, 80) + ' in ' + k + ' on <' + n + '>');
                }
              }
            };
            walk(document);
            return out;
            """;

    /** {@link #DOM_CHECK} with its sets filled in. */
    public static String domCheck() {
        return DOM_CHECK.formatted(json(FORBIDDEN), json(URL_ATTRIBUTES), json(FORBIDDEN_ATTRIBUTES),
                json(new java.util.TreeSet<>(org.livebrief.embeds.EmbedProviders.defaults().frameOrigins())));
    }

    private static String json(Set<String> names) {
        return names.stream().sorted().map(n -> "'" + n + "'").toList().toString();
    }
}
