package org.livebrief.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The keys of the abjad field, which let a name written in Arabic script (Persian, Dari, Pashto), with no short
 * vowels, meet its spellings with vowels: مشهد, Mashhad and Мешхед; کندز, Kunduz and Koundouz. A word's key is the
 * consonant skeleton of its name keys ({@link NameKeyFilter#keys}: vowels dropped, then repeats collapsed, so
 * Nangarhar and ننګرهار are both nHrHr), tagged with the word's side: {@code a} for an Arabic-script word, {@code v}
 * for any other. An Arabic-script word has a second skeleton without v, because و is v as well as u and o
 * (خوست, Khost).
 *
 * <p>The index writes a word's keys on its own side and a query looks for them on the other side, with the index
 * and search analyzers of one field: so an Arabic-script query finds vowelled words and a vowelled query finds
 * Arabic-script words, but two vowelled spellings never meet here (Zelensky does not find Zelenska; Mashhad does
 * not find Мешхед, whose vowels differ) and two Arabic-script spellings meet on their name keys. A skeleton of
 * fewer than {@link #MIN_CONSONANTS} consonants would match too many words, so short words have no key here. Nor
 * has a word of an entry that starts with a lower-case letter: names start with a capital in the scripts that have
 * case (Mashhad, Мешхед), and skipping the other words keeps this field a fraction of the names field's size and
 * cost. A query word is looked up whatever its case.
 */
final class AbjadKeyFilter extends TokenFilter {

    static final int MIN_CONSONANTS = 3;
    private static final int CACHE_LIMIT = 200_000;
    /** Untagged skeletons by token; the side is the token's script. */
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private final boolean query;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private List<String> pending = List.of();
    private char side;
    private int next;

    /** {@code query}: the search analyzer's filter, which looks for the other side's keys. */
    AbjadKeyFilter(TokenStream input, boolean query) {
        super(input);
        this.query = query;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            term.setEmpty().append(side).append(pending.get(next++));
            position.setPositionIncrement(0);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            // An Arabic-script word has no case, so a word of an entry that starts in lower case is neither a name
            // nor Arabic script: skipped before it costs a string.
            if (!query && Character.isLowerCase(Character.codePointAt(term.buffer(), 0, term.length()))) {
                skipped += position.getPositionIncrement();
                continue;
            }
            String token = term.toString();
            boolean abjad = isAbjad(token);
            List<String> skeletons = skeletons(token);
            if (skeletons.isEmpty()) {
                skipped += position.getPositionIncrement();
                continue;
            }
            side = abjad != query ? 'a' : 'v';
            pending = skeletons;
            next = 0;
            term.setEmpty().append(side).append(pending.get(next++));
            position.setPositionIncrement(position.getPositionIncrement() + skipped);
            return true;
        }
        return false;
    }

    /** The distinct consonant skeletons of {@code token}, untagged. */
    static List<String> skeletons(String token) {
        List<String> known = CACHE.get(token);
        if (known == null) {
            known = List.copyOf(skeletonsOf(token));
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(token, known);
        }
        return known;
    }

    private static List<String> skeletonsOf(String token) {
        boolean abjad = isAbjad(token);
        List<String> out = new ArrayList<>(2);
        for (String key : NameKeyFilter.keys(token)) {
            add(out, consonants(key, false));
            if (abjad) {
                add(out, consonants(key, true));
            }
        }
        return out;
    }

    private static void add(List<String> out, String skeleton) {
        if (skeleton.length() >= MIN_CONSONANTS && !out.contains(skeleton)) {
            out.add(skeleton);
        }
    }

    /** {@code key} without its vowels (and without v if {@code withoutV}), repeated symbols collapsed. */
    static String consonants(String key, boolean withoutV) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean dropped = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || withoutV && c == 'v';
            if (!dropped && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAbjad(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.UnicodeScript.of(token.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
    }
}
