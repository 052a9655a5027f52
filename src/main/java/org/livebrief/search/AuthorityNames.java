package org.livebrief.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.livebrief.names.NameDirectory;
import org.livebrief.names.NameIndex;
import org.livebrief.names.Tagger;

/**
 * A reader's query with every name the name authority knows in it widened to that entity's other names: Караганда
 * also finds Қарағанды and Karaganda when the newsroom registered the city by its Kazakh and Russian names, and Frunze
 * finds Bishkek through the names GeoNames gives the town. Name keys ({@link NameKeyFilter}) join the spellings of one
 * word; only the authority joins two words for one place (a Russian form beside the national one, a former name, an
 * exonym).
 *
 * <p>The names are found as tagging finds them in an entry ({@link Tagger}: case forms, exception phrases, a name two
 * entities share settled by the rest of the query or left alone). Each is rewritten as {@code (written | "other" |
 * …)}, so what the reader typed still matches as before and the other names are phrases of their own. A query that
 * uses the search syntax itself (quotes, {@code |}, {@code +}, a word with a leading {@code -}, escapes) is left as it
 * is: the reader said what to match.
 *
 * <p>Readers often type a whole query in lower case ({@code strike in karaganda}); tagging looks for capitalised
 * names, so such a query is tagged again with each word's first letter in upper case, and a name of at least
 * {@link #MIN_LOWER_CASE_NAME} characters found so is widened as above (a short common word that happens to be a
 * registered town's name, {@code bar}, {@code mir}, is not). A query with any capital letter is read as written: its
 * writer chose where the names are.
 */
final class AuthorityNames {

    /** At most this many other names per name: each is a phrase in every field. */
    static final int MAX_FORMS = 40;
    /** The most leaf clauses a widened query may have: Lucene refuses more than 1,024. */
    static final int MAX_CLAUSES = 800;
    /**
     * At most this many names of a query are widened; the rest stay as written. A reader's query names one to three;
     * a query of thirty names is an attack on the server's time (each name costs analysis of its other names).
     */
    static final int MAX_NAMES = 4;
    /** Names are looked for in the first this many characters only (reading case forms costs per word). */
    static final int MAX_READ = 80;
    private static final int FORM_KEYS_LIMIT = 10_000;
    private static final Map<NameIndex.Entry, List<Map.Entry<String, Set<String>>>> FORM_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The fewest characters of a name found in a query typed in lower case. */
    static final int MIN_LOWER_CASE_NAME = 4;
    private static final Pattern SYNTAX = Pattern.compile("[\"|+\\\\()*~]|(^|\\s)-");

    private AuthorityNames() {
    }

    /** The query as it is when nothing in it is a registered name; else rewritten ({@link AuthorityNames}). */
    static String widen(String query, NameDirectory.Snapshot names) {
        if (query.isBlank() || SYNTAX.matcher(query).find()) {
            return query;
        }
        String head = head(query);
        List<Tagger.Mention> mentions = new Tagger(names).mentions(head);
        if (mentions.isEmpty() && isLowerCase(head)) {
            String capitalised = capitalised(head);
            if (capitalised.length() == head.length()) {
                mentions = new Tagger(names).mentions(capitalised).stream()
                        .filter(m -> m.end() - m.start() >= MIN_LOWER_CASE_NAME).toList();
            }
        }
        if (mentions.size() > MAX_NAMES) {
            mentions = mentions.subList(0, MAX_NAMES);
        }
        // Fewer other names per name until the whole query stays within Lucene's clause limit.
        for (int perName = MAX_FORMS; perName > 0 && !mentions.isEmpty(); perName /= 2) {
            String widened = widen(query, names, mentions, perName);
            if (widened.equals(query) || OpenSearchQueries.clauses(widened, true) <= MAX_CLAUSES) {
                return widened;
            }
        }
        return query;
    }

    private static String widen(String query, NameDirectory.Snapshot names, List<Tagger.Mention> mentions, int perName) {
        StringBuilder widened = new StringBuilder();
        int at = 0;
        for (Tagger.Mention mention : mentions) {
            NameIndex.Entry entry = names.index().entry(mention.entityId());
            if (entry == null || mention.start() < at) {
                continue;
            }
            // A name whose name-key terms the query already has adds nothing: GeoNames' Bishkek, Biškek and Bişkek
            // are one set of keys.
            Set<String> others = new LinkedHashSet<>();
            String written = query.substring(mention.start(), mention.end());
            Set<String> keys = new HashSet<>(nameKeys(written));
            for (Map.Entry<String, Set<String>> form : formKeys(entry)) {
                if (others.size() < perName && keys.addAll(form.getValue())) {
                    others.add(form.getKey());
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            widened.append(query, at, mention.start()).append('(').append(written);
            others.forEach(other -> widened.append(" | \"").append(escaped(other)).append('"'));
            widened.append(')');
            at = mention.end();
        }
        return at == 0 ? query : widened.append(query, at, query.length()).toString();
    }

    /** An entity's names with their name-key terms, analysed once per version of the entity. */
    private static List<Map.Entry<String, Set<String>>> formKeys(NameIndex.Entry entry) {
        List<Map.Entry<String, Set<String>>> known = FORM_KEYS.get(entry);
        if (known == null) {
            known = entry.forms().stream().map(NameIndex.Form::text).filter(text -> !text.isBlank()).distinct()
                    .map(text -> Map.entry(text, Set.copyOf(nameKeys(text)))).toList();
            if (FORM_KEYS.size() >= FORM_KEYS_LIMIT) {
                FORM_KEYS.clear();
            }
            FORM_KEYS.put(entry, known);
        }
        return known;
    }

    /** Has the text a lower-case letter and no capital (nor title-case) letter? */
    static boolean isLowerCase(String text) {
        boolean lower = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        return lower;
    }

    /**
     * The text with the first letter of each word in title case (a letter after a hyphen starts a word, one after an
     * apostrophe does not: Ivano-Frankivsk, Kam'yanske). Callers check that the length did not change.
     */
    static String capitalised(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int previous = ' ';
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetterOrDigit(previous) || Character.getType(previous) == Character.NON_SPACING_MARK
                    || previous == '\'' || previous == '\u2019' || previous == '\u02BC';
            out.appendCodePoint(Character.isLetter(c) && !inWord ? Character.toTitleCase(c) : c);
            previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The first {@link #MAX_READ} characters of the query, cut before a word; the names are looked for there. */
    static String head(String query) {
        if (query.length() <= MAX_READ) {
            return query;
        }
        int cut = MAX_READ;
        while (cut > 0 && !Character.isWhitespace(query.charAt(cut))) {
            cut--;
        }
        return query.substring(0, cut);
    }

    /** Whether {@link #widen} rewrote the query: then it is parsed with precedence, which the reader may not use. */
    static boolean widened(String original, String query) {
        return !original.equals(query);
    }

    /** The terms the names field ({@link NameKeyFilter}) gives a name. */
    static Set<String> nameKeys(String name) {
        Set<String> terms = new java.util.HashSet<>();
        try (var tokens = PreAnalyzed.analyzer(SearchAnalyzers.NAMES).tokenStream(EntryBinder.NAMES, name)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }

    private static String escaped(String form) {
        StringBuilder out = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if ("\"\\|+-()*~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
