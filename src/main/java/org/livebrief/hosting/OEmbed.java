package org.livebrief.hosting;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * An oEmbed 1.0 {@code rich} response (oembed.com, section 2.3.4): an iframe of the embed version of the page
 * ({@code ?embed=1}) and Livebrief's loader {@code live/embed.js}, which sizes the iframe to the page inside it as the
 * briefing grows. The iframe is 100% wide up to {@code width}, so it also fits a narrower column; {@code width} and
 * {@code height} never exceed the consumer's {@code maxwidth} and {@code maxheight}.
 *
 * @param pageUrl    the absolute address of the page embedded
 * @param title      the briefing's or entry's title
 * @param scriptUrl  the absolute address of {@code embed.js}
 * @param entry      whether an entry is embedded (a shorter starting height) rather than the briefing
 */
record OEmbed(String pageUrl, String title, String scriptUrl, boolean entry, java.util.List<String> surrogateKeys) {

    /** Looked up once: {@code Json.createXxx} asks the ServiceLoader for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int WIDTH = 640;
    static final int BRIEFING_HEIGHT = 900;
    static final int ENTRY_HEIGHT = 480;
    /** How long a consumer may cache the answer; the embed itself stays live. */
    static final int CACHE_AGE = 3600;

    JsonObject json(String providerName, String providerUrl, Integer maxWidth, Integer maxHeight) {
        int width = maxWidth == null ? WIDTH : Math.min(WIDTH, maxWidth);
        int natural = entry ? ENTRY_HEIGHT : BRIEFING_HEIGHT;
        int height = maxHeight == null ? natural : Math.min(natural, maxHeight);
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("version", "1.0")
                .add("type", "rich")
                .add("title", title)
                .add("provider_name", providerName)
                .add("provider_url", providerUrl)
                .add("cache_age", CACHE_AGE)
                .add("width", width)
                .add("height", height)
                .add("html", html(width, height));
        return json.build();
    }

    String html(int width, int height) {
        String src = pageUrl + (pageUrl.contains("?") ? "&" : "?") + "embed=1";
        return "<iframe data-livebrief src=\"" + attribute(src) + "\" title=\"" + attribute(title) + "\" width=\"" + width
                + "\" height=\"" + height + "\" style=\"border:0;width:100%;max-width:" + width + "px\" loading=\"lazy\">"
                + "</iframe><script src=\"" + attribute(scriptUrl) + "\" async></script>";
    }

    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
