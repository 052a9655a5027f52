package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds names in a text that are not spelled the house-style way. A candidate is a run of up to four
 * capitalised (or non-Latin) words, joined only by spaces, hyphens or a function word ("Sea of Azov");
 * the longest run that resolves unambiguously and confidently to one entity wins; a fuzzy match right
 * before another capitalised word is not confident enough (it is likely part of a longer name). A surname written alone
 * gets the preferred surname alone. Preferred spellings, exception contexts ("chicken Kiev") and places
 * named as homonyms elsewhere ("Odessa, Texas") are left alone.
 */
public final class StyleChecker {

    static final double MIN_SCORE = 0.8;
    /** A name followed by another capitalised word may be part of a longer name (the Dnieper River). */
    static final double MIN_SCORE_INSIDE_LONGER_NAME = 0.9;
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("^[ \\u00A0]\\p{Lu}");
    static final int LONGEST_SPAN = 4;
    private static final Pattern JOIN = Pattern.compile("[ \\u00A0-]");

    /** One misspelling: {@code text.substring(start, end)} is {@code found}; UTF-16 offsets. */
    public record Finding(int start, int end, String found, String preferred, long entityId) {
    }

    private final NameDirectory.Snapshot names;
    private final HouseStyle style;
    private final HouseStyle defaultStyle;

    public StyleChecker(NameDirectory.Snapshot names, HouseStyle style, HouseStyle defaultStyle) {
        this.names = names;
        this.style = style;
        this.defaultStyle = defaultStyle;
    }

    public List<Finding> check(String text, String language) {
        List<Words.Word> words = Words.of(text);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int used = 1;
            if (isCandidate(words.get(i))) {
                for (int length = Math.min(LONGEST_SPAN, words.size() - i); length > 0; length--) {
                    if (spanFinding(text, language, words.subList(i, i + length), findings)) {
                        used = length;
                        break;
                    }
                }
            }
            i += used;
        }
        return findings;
    }

    /** Whether the span names an entity; adds a finding when it is not spelled the preferred way. */
    private boolean spanFinding(String text, String language, List<Words.Word> span, List<Finding> findings) {
        if (!isJoined(text, span)) {
            return false;
        }
        int start = span.get(0).start();
        int end = span.get(span.size() - 1).end();
        String found = text.substring(start, end);
        NameIndex.Resolution resolution = names.index().resolve(found, 2);
        double minimum = NEXT_CAPITALISED.matcher(text.substring(end, Math.min(text.length(), end + 2))).find()
                ? MIN_SCORE_INSIDE_LONGER_NAME : MIN_SCORE;
        if (resolution.matches().isEmpty() || resolution.ambiguous() || resolution.matches().get(0).score() < minimum) {
            return false;
        }
        NameIndex.Match match = resolution.matches().get(0);
        NameCard card = names.card(match.entityId());
        String preferred = card.preferred(language, style, defaultStyle);
        if (match.surnameOnly()) {
            preferred = NameCard.surname(preferred);
        }
        if (!found.equals(preferred) && !Contexts.excuse(card, text, start, end)) {
            findings.add(new Finding(start, end, found, preferred, card.id()));
        }
        return true;
    }

    private boolean isJoined(String text, List<Words.Word> span) {
        if (!isCandidate(span.get(span.size() - 1))) {
            return false;
        }
        for (int k = 1; k < span.size(); k++) {
            String gap = text.substring(span.get(k - 1).end(), span.get(k).start());
            Words.Word word = span.get(k);
            boolean inner = k < span.size() - 1 && AnalyzedName.isFunctionWord(word.text());
            if (gap.isEmpty() || gap.length() > 1 || !JOIN.matcher(gap).matches() || !(inner || isCandidate(word))) {
                return false;
            }
        }
        return true;
    }

    private boolean isCandidate(Words.Word word) {
        int first = word.text().codePointAt(0);
        boolean nameLike = Character.isUpperCase(first) || !Folding.isLatin(word.text());
        return nameLike && names.index().knowsWord(word.text());
    }
}
