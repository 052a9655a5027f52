package org.livebrief.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.livebrief.embeds.Embed;
import org.livebrief.embeds.EmbedProviders;
import org.livebrief.embeds.EmbedRefused;
import org.livebrief.embeds.OEmbedClient;

/**
 * Embeds in entry bodies, in one shape only, which Livebrief writes itself from the URL:
 * {@code <figure class="embed" data-embed="youtube" data-embed-url="https://www.youtube.com/watch?v=…"
 * data-embed-src="https://www.youtube-nocookie.com/embed/…"><figcaption><small>YouTube</small> <a href="…">title</a>
 * </figcaption></figure>}. An author (or the composer) sends {@code <figure data-embed-url="…">}, optionally with
 * {@code data-embed-title}; everything else in and on the figure is rebuilt from the URL through
 * {@link EmbedProviders}, so no markup an author writes becomes a frame or script. The stored figure is a plain link
 * wherever the body goes (feeds, the page without JavaScript); the reader page's script turns it into the player
 * only when the reader asks (see {@code live/embeds.js}).
 * <p>Like pictures, these attributes are not in {@link BodyAllowlist}, which the composer's paste also uses.
 */
final class Embeds {

    static final String URL = "data-embed-url";
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");

    private Embeds() {
    }

    static Safelist addTo(Safelist safelist) {
        return safelist.addTags("figure", "figcaption", "small")
                .addAttributes("figure", "class", "data-embed", URL, "data-embed-src", "data-embed-title");
    }

    /** Why each embed in a body as sent cannot be saved ("embed https://…: reason"); empty when all can. */
    static List<String> refusals(String input, EmbedProviders providers) {
        List<String> refusals = new ArrayList<>();
        if (input == null || !input.contains(URL)) {
            return refusals;
        }
        for (Element figure : Jsoup.parseBodyFragment(input).select("figure[" + URL + "]")) {
            String url = figure.attr(URL);
            try {
                providers.embed(url);
            } catch (EmbedRefused e) {
                String shown = url.length() > 80 ? url.substring(0, 79) + "…" : url;
                refusals.add("embed " + shown + ": " + e.getMessage());
            }
        }
        return refusals;
    }

    /** The embed figure for a paragraph of plain text that is only an allowed URL, or null. */
    static String fromBareUrl(String paragraph, EmbedProviders providers) {
        if (!BARE_URL.matcher(paragraph).matches()) {
            return null;
        }
        try {
            Embed embed = providers.embed(paragraph);
            return figure(embed, null, null).outerHtml();
        } catch (EmbedRefused e) {
            return null;
        }
    }

    /**
     * Rebuilds every embed of a cleaned body from its URL: a figure that is not at the top level or whose URL is
     * refused becomes a paragraph with the URL as text; a figure that only claims the {@code embed} class loses it.
     */
    static void rebuild(Element body, EmbedProviders providers) {
        for (Element figure : body.select("figure")) {
            if (!figure.hasAttr(URL)) {
                figure.removeAttr("class").removeAttr("data-embed").removeAttr("data-embed-src").removeAttr("data-embed-title");
                continue;
            }
            String url = figure.attr(URL);
            Embed embed;
            try {
                embed = providers.embed(url);
            } catch (EmbedRefused e) {
                figure.replaceWith(new Element("p").text(url));
                continue;
            }
            if (figure.parent() == null || !figure.parent().normalName().equals("body")) {
                figure.replaceWith(new Element("p").appendChild(link(embed, null)));
                continue;
            }
            String frameSrc = embed.frameSrc() != null ? embed.frameSrc()
                    : providers.allowsFrame(embed.provider(), figure.attr("data-embed-src")) ? figure.attr("data-embed-src") : null;
            figure.replaceWith(figure(embed, title(figure, embed), frameSrc));
        }
    }

    /** The title an author or the provider gave: {@code data-embed-title}, else the link's text when it is not an address. */
    private static String title(Element figure, Embed embed) {
        String given = figure.attr("data-embed-title");
        if (given.isBlank()) {
            Element link = figure.selectFirst("a");
            String text = link == null ? "" : link.text().strip();
            given = text.equals(embed.url()) || text.equals(figure.attr(URL)) || BARE_URL.matcher(text).matches() ? "" : text;
        }
        return given.isBlank() ? null : OEmbedClient.title(given);
    }

    static Element figure(Embed embed, String title, String frameSrc) {
        Element figure = new Element("figure").attr("class", "embed").attr("data-embed", embed.provider()).attr(URL, embed.url());
        if (frameSrc == null && embed.frameSrc() != null) {
            frameSrc = embed.frameSrc();
        }
        if (frameSrc != null) {
            figure.attr("data-embed-src", frameSrc);
        }
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("small").text(embed.providerName());
        caption.appendText(" ");
        caption.appendChild(link(embed, title));
        return figure;
    }

    private static Element link(Embed embed, String title) {
        return new Element("a").attr("href", embed.url()).attr("rel", "nofollow noopener").text(title == null ? embed.url() : title);
    }
}
