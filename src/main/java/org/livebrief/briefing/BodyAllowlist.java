package org.livebrief.briefing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.safety.Safelist;

/**
 * The HTML an entry body may hold, defined once: {@link EntryBody} cleans with it on write and the editor cleans
 * pasted text with it ({@code GET /api/body-rules}), so what the composer shows is what readers get.
 *
 * @param elements  allowed elements, each with its allowed attributes
 * @param protocols per {@code element.attribute}, the URL schemes it may hold
 * @param enforced  per element, attributes always set to these values
 */
public record BodyAllowlist(Map<String, List<String>> elements, Map<String, List<String>> protocols,
        Map<String, Map<String, String>> enforced) {

    public static final BodyAllowlist NEWSROOM = newsroom();

    private static BodyAllowlist newsroom() {
        Map<String, List<String>> elements = new LinkedHashMap<>();
        for (String tag : List.of("p", "br", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote")) {
            elements.put(tag, List.of());
        }
        elements.put("a", List.of("href"));
        return new BodyAllowlist(Map.copyOf(elements), Map.of("a.href", List.of("http", "https")),
                Map.of("a", Map.of("rel", "nofollow noopener")));
    }

    Safelist safelist() {
        Safelist safelist = new Safelist();
        elements.forEach((tag, attributes) -> {
            safelist.addTags(tag);
            if (!attributes.isEmpty()) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        protocols.forEach((place, schemes) -> {
            String[] elementAndAttribute = place.split("\\.", 2);
            safelist.addProtocols(elementAndAttribute[0], elementAndAttribute[1], schemes.toArray(String[]::new));
        });
        enforced.forEach((tag, attributes) -> attributes.forEach((name, value) ->
                safelist.addEnforcedAttribute(tag, name, value)));
        return safelist;
    }
}
