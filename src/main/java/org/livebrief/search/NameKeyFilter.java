package org.livebrief.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.livebrief.names.NameKeys;
import org.livebrief.names.SlavicCases;

/**
 * Replaces each word by its name skeleton keys ({@link NameKeys#keys}), all at the word's position and
 * offsets, so Zelensky, Zelenskiy, Selenskyj and Зеленський meet on one term. The keys of the word's other
 * forms ({@link SlavicCases#searchForms}: Зеленського, Києві) are added at the same position, each of a capitalised
 * word also as printed without carons and commas ({@link #withoutMarks}: Niš and Ниш as Nis). (Armenian is read in the
 * press's romanization by the name keys themselves, {@code names.Folding}.) A word without letters (a number) is
 * kept as it is, lower-cased.
 */
final class NameKeyFilter extends TokenFilter {

    private static final int CACHE_LIMIT = 200_000;
    /** Keys by token: words repeat, and forms times conventions is many lookups (as in {@link NameKeys}). */
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    /** Serbian, Croatian, Bosnian, Czech, Slovak Latin: š č ć ž printed as s c c z, and the Cyrillic ш ч ж they write. */
    private static final String[] CARONS = {"šшs", "čćчc", "žжz"};
    /** Romanian: ș ț printed as s t, and the Cyrillic ш ц they write (Констанца is Constanța). */
    private static final String[] COMMAS = {"șşшs", "țţцt"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private List<String> pending = List.of();
    private int next;

    NameKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            term.setEmpty().append(pending.get(next++));
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        next = 0;
        pending = keys(term.toString());
        if (pending.isEmpty()) {
            String word = term.toString().toLowerCase(Locale.ROOT);
            term.setEmpty().append(word);
            return true;
        }
        term.setEmpty().append(pending.get(next++));
        return true;
    }

    /** The distinct skeleton keys of {@code token} and of its other forms. */
    static List<String> keys(String token) {
        List<String> known = CACHE.get(token);
        if (known == null) {
            List<String> keys = new ArrayList<>(4);
            keysOf(token, keys);
            known = List.copyOf(keys);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(token, known);
        }
        return known;
    }

    private static void keysOf(String token, List<String> out) {
        String word = withoutPossessive(token.toLowerCase(Locale.ROOT));
        boolean name = SlavicCases.isCapitalised(token);
        for (String form : SlavicCases.searchForms(word, name)) {
            addKeys(form, out);
            if (name) {
                addKeys(withoutMarks(form, CARONS), out);
                addKeys(withoutMarks(form, COMMAS), out);
            }
        }
    }

    private static void addKeys(String form, List<String> out) {
        if (form == null) {
            return;
        }
        for (NameKeys.Key key : NameKeys.keys(form)) {
            if (!key.skeleton().isEmpty() && !out.contains(key.skeleton())) {
                out.add(key.skeleton());
            }
        }
    }

    /**
     * {@code word} (lower case) as the press prints a Latin name with its marks dropped ({@code marks}: each string's
     * last letter is how the others print), and the Cyrillic letters those marks write the same way: Niš and Ниш as Nis,
     * Čačak and Чачак as Cacak, Užice and Ужице as Uzice, Constanța and Констанца as Constanta; null when the word has
     * none of them. A Latin query without the marks then finds the name in either alphabet; the keys of a plain Latin
     * word are not multiplied (a reading of every s, c, z and t as š, č, ž and ț would cost every English word a key).
     */
    static String withoutMarks(String word, String[] marks) {
        StringBuilder printed = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            for (String mark : marks) {
                int at = mark.indexOf(c);
                if (at >= 0 && at < mark.length() - 1) {
                    if (printed == null) {
                        printed = new StringBuilder(word);
                    }
                    printed.setCharAt(i, mark.charAt(mark.length() - 1));
                }
            }
        }
        return printed == null ? null : printed.toString();
    }

    private static String withoutPossessive(String word) {
        if (word.length() > 2 && word.charAt(word.length() - 1) == 's') {
            char apostrophe = word.charAt(word.length() - 2);
            if (apostrophe == '\'' || apostrophe == '’') {
                return word.substring(0, word.length() - 2);
            }
        }
        return word;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
    }
}
