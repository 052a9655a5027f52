package org.livebrief.briefing;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * A briefing's text read in the other alphabet of its language (issue #18, item 4): {@link Scripts#of} makes one per
 * request. Only text changes, never markup: HTML is walked text node by text node, so tags, attributes and addresses
 * stay as written. Names the authority has registered under the target tag ({@link ScriptNames}) are put in as
 * registered; the rest of the text goes through the language's transform.
 */
public final class Transcript {

    private final Scripts.Pair pair;
    private final ScriptNames names;

    Transcript(Scripts.Pair pair, ScriptNames names) {
        this.pair = pair;
        this.names = names;
    }

    /** The BCP 47 tag of what readers get, such as {@code sr-Latn}. */
    public String tag() {
        return pair.target();
    }

    /** The target script, such as {@code Latn}: the value of {@code ?script=}. */
    public String script() {
        return pair.to();
    }

    public Locale locale() {
        return Locale.forLanguageTag(pair.target());
    }

    public Transcript with(ScriptNames authority) {
        return new Transcript(pair, authority);
    }

    /** Plain text in the target script; null stays null. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<ScriptNames.Form> forms = names.in(text, pair.language(), pair.target());
        StringBuilder out = new StringBuilder(text.length() + 8);
        int at = 0;
        for (ScriptNames.Form form : forms) {
            if (form.start() < at) {
                continue;
            }
            out.append(transform(text.substring(at, form.start())));
            String found = text.substring(form.start(), form.end());
            // A name written in capitals (a dateline, a headline in caps) stays in capitals.
            boolean caps = found.equals(found.toUpperCase(locale())) && !found.equals(found.toLowerCase(locale()));
            out.append(caps ? form.text().toUpperCase(locale()) : form.text());
            at = form.end();
        }
        out.append(transform(text.substring(at)));
        return out.toString();
    }

    /** HTML (a fragment) with the text of every text node in the target script; tags and attributes untouched. */
    public String html(String html) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Document document = Parser.parseBodyFragment(html, "");
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = document.body();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                text.text(text(text.getWholeText()));
            }
        }, body);
        return body.html();
    }

    private String transform(String text) {
        if (text.isEmpty()) {
            return text;
        }
        Transliterator transliterator = pair.transliterator();
        String out;
        synchronized (transliterator) {
            out = transliterator.transliterate(text);
        }
        // ICU's transforms leave č as c and a combining caron; pages and feeds carry composed text (NFC).
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }
}
