package org.livebrief.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the spans of a text that name an entity of the index, for the style checker and for tagging. A
 * candidate is a run of up to four name-like words joined only by spaces, hyphens or a function word
 * ("Sea of Azov"); the longest run that resolves unambiguously and confidently to one entity wins; a fuzzy
 * match right before another capitalised word is not confident enough (it is likely part of a longer
 * name, the Dnieper River).
 *
 * <p>{@link #inflected} also reads Ukrainian and Russian case forms ({@link SlavicCases}): each word of a
 * run may be replaced by a nominative it may be a case of, and the run then resolves as that. Such a
 * reading must match a name with an exact key ({@link #MIN_INFLECTED_SCORE}): a fuzzy match on a guessed
 * stem would be two guesses in a row (Зеленськ is near Зеленський, but Зеленська is not him). It also
 * wants words that start with a capital letter (or come from a script without case), because in Ukrainian
 * and Russian a lower-case word that looks like a name is a common word or an adjective (київський).
 */
public final class NameSpans {

    static final double MIN_SCORE = 0.8;
    /** A name followed by another capitalised word may be part of a longer name (the Dnieper River). */
    static final double MIN_SCORE_INSIDE_LONGER_NAME = 0.9;
    /** An inflected reading must match with an exact key: exact keys score 0.96 less small penalties. */
    static final double MIN_INFLECTED_SCORE = 0.9;
    static final int LONGEST_SPAN = 4;
    /** At most this many readings of one run are resolved. */
    static final int MAX_READINGS = 48;
    private static final Pattern NEXT_CAPITALISED = Pattern.compile("^[ \\u00A0]\\p{Lu}");
    private static final Pattern JOIN = Pattern.compile("[ \\u00A0-]");

    /** {@code text.substring(start, end)} names the matched entity; UTF-16 offsets. */
    public record Span(int start, int end, NameIndex.Match match, boolean inflected) {
    }

    private final NameIndex index;

    private NameSpans(NameIndex index) {
        this.index = index;
    }

    /** Names as written and in any grammatical case: what tagging and the style checker need. */
    public static NameSpans inflected(NameIndex index) {
        return new NameSpans(index);
    }

    public List<Span> find(String text) {
        return find(text, NameContext.NONE);
    }

    /**
     * The spans of {@code text}; a run that two entities tie for is settled by the entities the rest of the text
     * names without doubt, then by {@code context} (the briefing's), or else left out ({@link NameContext}).
     */
    public List<Span> find(String text, NameContext context) {
        boolean[] tie = new boolean[1];
        // Ties stay ties in the first reading, even those an editor's prominence would settle: what the rest of
        // the text names comes first.
        List<Span> spans = find(text, NameContext.UNSETTLED, tie);
        if (!tie[0]) {
            return spans;
        }
        Set<Long> named = new HashSet<>();
        spans.forEach(span -> named.add(span.match().entityId()));
        return find(text, context.withText(named), new boolean[1]);
    }

    private List<Span> find(String text, NameContext context, boolean[] tie) {
        List<Words.Word> words = Words.of(text);
        List<Span> spans = new ArrayList<>();
        List<List<String>> readings = new ArrayList<>(words.size());
        words.forEach(w -> readings.add(null));
        int i = 0;
        while (i < words.size()) {
            int used = 1;
            if (isCandidate(words, readings, i)) {
                for (int length = Math.min(LONGEST_SPAN, words.size() - i); length > 0; length--) {
                    Span span = span(text, words, readings, i, length, context, tie);
                    if (span != null) {
                        spans.add(span);
                        used = length;
                        break;
                    }
                }
            }
            i += used;
        }
        return spans;
    }

    private Span span(String text, List<Words.Word> words, List<List<String>> readings, int from, int length,
                      NameContext context, boolean[] tie) {
        if (!isJoined(text, words, readings, from, length)) {
            return null;
        }
        int start = words.get(from).start();
        int end = words.get(from + length - 1).end();
        String found = text.substring(start, end);
        double minimum = NEXT_CAPITALISED.matcher(text.substring(end, Math.min(text.length(), end + 2))).find()
                ? MIN_SCORE_INSIDE_LONGER_NAME : MIN_SCORE;
        NameIndex.Match written = confident(index.resolve(found, 2, context), minimum, tie);
        if (written != null && (written.score() < MIN_INFLECTED_SCORE || hidesCase(words, from, length))
                && hasCaseEnding(words, from, length)) {
            written = null;
        }
        if (written != null && written.score() >= MIN_INFLECTED_SCORE) {
            return new Span(start, end, written, false);
        }
        NameIndex.Match best = null;
        boolean ambiguous = false;
        for (String reading : readings(text, words, readings, from, length)) {
            NameIndex.Match match = confident(index.resolve(reading, 2, context), MIN_INFLECTED_SCORE, tie);
            if (match == null) {
                continue;
            }
            if (best == null || match.score() > best.score() + NameIndex.AMBIGUITY_MARGIN) {
                ambiguous = false;
                best = match;
            } else if (match.entityId() != best.entityId() && match.score() >= best.score() - NameIndex.AMBIGUITY_MARGIN) {
                Long settled = context.settle(List.of(best.entityId(), match.entityId()));
                if (settled == null) {
                    ambiguous = true;
                    tie[0] = true;
                } else if (settled == match.entityId()) {
                    best = match;
                }
            }
        }
        if (best == null || ambiguous || written != null && written.score() >= best.score()) {
            return written == null ? null : new Span(start, end, written, false);
        }
        return new Span(start, end, best, true);
    }

    /** A case form may only be fuzzily near a name, never the name itself: it is read through its nominatives. */
    private static boolean hasCaseEnding(List<Words.Word> words, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (!SlavicCases.nominatives(words.get(k).text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidesCase(List<Words.Word> words, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (SlavicCases.hidesGender(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static NameIndex.Match confident(NameIndex.Resolution resolution, double minimum, boolean[] tie) {
        if (resolution.ambiguous() && !resolution.matches().isEmpty() && resolution.matches().get(0).score() >= minimum) {
            tie[0] = true;
        }
        if (resolution.matches().isEmpty() || resolution.ambiguous() || resolution.matches().get(0).score() < minimum) {
            return null;
        }
        return resolution.matches().get(0);
    }

    /** The run read with at least one word replaced by a nominative it may be a case of. */
    private List<String> readings(String text, List<Words.Word> words, List<List<String>> readings, int from, int length) {
        List<StringBuilder> built = List.of(new StringBuilder());
        List<Boolean> changed = List.of(false);
        for (int k = from; k < from + length; k++) {
            String gap = k == from ? "" : text.substring(words.get(k - 1).end(), words.get(k).start());
            List<String> options = new ArrayList<>();
            options.add(words.get(k).text());
            options.addAll(readings(words, readings, k));
            List<StringBuilder> next = new ArrayList<>();
            List<Boolean> nextChanged = new ArrayList<>();
            for (int b = 0; b < built.size(); b++) {
                for (int o = 0; o < options.size() && next.size() < MAX_READINGS; o++) {
                    next.add(new StringBuilder(built.get(b)).append(gap).append(options.get(o)));
                    nextChanged.add(changed.get(b) || o > 0);
                }
            }
            built = next;
            changed = nextChanged;
        }
        List<String> result = new ArrayList<>();
        for (int b = 0; b < built.size(); b++) {
            if (changed.get(b)) {
                result.add(built.get(b).toString());
            }
        }
        return result;
    }

    /**
     * The nominatives word {@code k} may be a case of that share a key with a name word, computed once per
     * word. Only exact keys count: fuzzy matches score at most 0.86, below {@link #MIN_INFLECTED_SCORE}.
     */
    private List<String> readings(List<Words.Word> words, List<List<String>> readings, int k) {
        List<String> known = readings.get(k);
        if (known == null) {
            known = SlavicCases.nominatives(words.get(k).text()).stream().filter(index::knowsKey).toList();
            readings.set(k, known);
        }
        return known;
    }

    private boolean isJoined(String text, List<Words.Word> words, List<List<String>> readings, int from, int length) {
        int last = from + length - 1;
        // A run may end in an administrative unit's word written in lower case (the Zaporozhye region, Херсонська
        // область): the phrase names the region, and its house form is the whole phrase's.
        boolean unit = length > 1 && isUnitWord(words.get(last).text());
        if (!unit && !isCandidate(words, readings, last)) {
            return false;
        }
        for (int k = from + 1; k < from + length; k++) {
            String gap = text.substring(words.get(k - 1).end(), words.get(k).start());
            boolean inner = k < last && AnalyzedName.isFunctionWord(words.get(k).text());
            if (gap.isEmpty() || gap.length() > 1 || !JOIN.matcher(gap).matches()
                    || !(inner || k == last && unit || isCandidate(words, readings, k))) {
                return false;
            }
        }
        return true;
    }

    /** An administrative unit's word (region, oblast, область, район, province, krai …), in any case form. */
    static boolean isUnitWord(String word) {
        String meaning = GenericWords.meaning(word);
        return meaning != null && GenericWords.isRegion(AnalyzedName.GENERIC_MARK + meaning);
    }

    private boolean isCandidate(List<Words.Word> words, List<List<String>> readings, int k) {
        String word = words.get(k).text();
        int first = word.codePointAt(0);
        boolean nameLike = Character.isUpperCase(first) || Character.isTitleCase(first)
                || !Character.isLowerCase(first) && !Folding.isLatin(word);
        return nameLike && (index.knowsWord(word) || !readings(words, readings, k).isEmpty());
    }
}
