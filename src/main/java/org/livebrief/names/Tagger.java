package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the mentions of the authority's entities in an entry's text, in any language and grammatical case
 * ({@link NameSpans#inflected}). A name inside one of its exception phrases ("chicken Kiev", "Dynamo Kyiv")
 * is not a mention of the entity, and neither is a place named as a homonym abroad ("Odessa, Texas").
 *
 * <p>The text is the entry's plain text as the reader sees it: the sanitized body's text content with runs
 * of white space collapsed to one space ({@link #plainText}). For entries up to 280 characters it equals
 * the API's {@code excerpt}; longer excerpts are its first part, cut at a word with "…".
 */
public final class Tagger {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One mention: {@code text} is the entry's plain text from {@code start} to {@code end} (UTF-16). */
    public record Mention(long entityId, int start, int end, String text) {
    }

    private final NameDirectory.Snapshot names;

    public Tagger(NameDirectory.Snapshot names) {
        this.names = names;
    }

    public List<Mention> mentions(String plainText) {
        return mentions(plainText, NameContext.NONE);
    }

    /** The mentions; a name two entities share is settled by the text, then by {@code context} ({@link NameContext}). */
    public List<Mention> mentions(String plainText, NameContext context) {
        List<Mention> mentions = new ArrayList<>();
        for (NameSpans.Span span : NameSpans.inflected(names.index()).find(plainText, context)) {
            NameCard card = names.card(span.match().entityId());
            if (card != null && !Contexts.excuse(card, names.throughOtherName(span.match()), plainText, span.start(),
                    span.end())) {
                mentions.add(new Mention(card.id(), span.start(), span.end(),
                        plainText.substring(span.start(), span.end())));
            }
        }
        return mentions;
    }

    /** The text offsets count in: the text content of sanitized HTML, white space collapsed, trimmed. */
    public static String plainText(String html) {
        return SPACES.matcher(org.jsoup.Jsoup.parse(html).text()).replaceAll(" ").strip();
    }
}
