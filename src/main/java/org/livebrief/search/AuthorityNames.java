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
    private static final Pattern SYNTAX = Pattern.compile("[\"|+\\\\()*~]|(^|\\s)-");

    private AuthorityNames() {
    }

    /** The query as it is when nothing in it is a registered name; else rewritten ({@link AuthorityNames}). */
    static String widen(String query, NameDirectory.Snapshot names) {
        if (query.isBlank() || SYNTAX.matcher(query).find()) {
            return query;
        }
        List<Tagger.Mention> mentions = new Tagger(names).mentions(head(query));
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
            Set<String> keys = new HashSet<>(nameKeys(mention.text()));
            for (Map.Entry<String, Set<String>> form : formKeys(entry)) {
                if (others.size() < perName && keys.addAll(form.getValue())) {
                    others.add(form.getKey());
                }
            }
            if (others.isEmpty()) {
                continue;
            }
            widened.append(query, at, mention.start()).append('(').append(mention.text());
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
