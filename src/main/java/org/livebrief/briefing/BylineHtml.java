package org.livebrief.briefing;

import com.ibm.icu.text.ListFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livebrief.platform.Messages;

/**
 * An entry's byline on a reader or entry page, as HTML: "By Olena Kovalenko and Iryna Bondar" with the list joined
 * by the page language's rules (CLDR through ICU: "і", "и", "و"…), each name a link to its profile when it has one
 * (its role as the link's title), each avatar a small picture before the names. Every text is escaped here; the
 * pattern's own words come from the messages.
 */
final class BylineHtml {

    /** Private-use characters that no escaped text contains: placeholders for the names while ICU joins them. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private BylineHtml() {
    }

    static String of(List<Contributors.Byline> bylines, Locale language, Messages messages) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < bylines.size(); i++) {
            tokens.add(OPEN + Integer.toString(i) + CLOSE);
        }
        String joined = ListFormatter.getInstance(language).format(tokens);
        String text = escape(messages.get("briefing.page.by", joined));
        StringBuilder html = new StringBuilder();
        for (Contributors.Byline byline : bylines) {
            if (byline.avatar() != null) {
                html.append("<img class=\"avatar\" src=\"").append(escape(byline.avatar()))
                        .append("\" alt=\"\" width=\"32\" height=\"32\" loading=\"lazy\">");
            }
        }
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(OPEN, at);
            int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
            if (open < 0 || close < 0) {
                html.append(text, at, text.length());
                break;
            }
            html.append(text, at, open);
            html.append(name(bylines.get(Integer.parseInt(text.substring(open + 1, close)))));
            at = close + 1;
        }
        return html.toString();
    }

    private static String name(Contributors.Byline byline) {
        String name = "<bdi>" + escape(byline.name()) + "</bdi>";
        if (byline.profileUrl() == null) {
            return "<span class=\"contributor\">" + name + "</span>";
        }
        return "<a class=\"contributor\" rel=\"author\" href=\"" + escape(byline.profileUrl()) + "\""
                + (byline.role() == null ? "" : " title=\"" + escape(byline.role()) + "\"") + ">" + name + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
