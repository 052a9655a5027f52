package org.livebrief.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable, in-memory snapshot of the name authority's keys: every word of every name of every
 * entity, under each of its skeleton keys. Resolving looks a query's words up exactly and fuzzily
 * ({@link Similarity}), then scores each entity's names as wholes ({@link FormScore}).
 */
public final class NameIndex {

    static final double MIN_SCORE = 0.6;
    static final double AMBIGUITY_MARGIN = 0.03;
    private static final int FUZZY_CACHE_LIMIT = 100_000;

    /**
     * One name of an entity and how much a match on it counts (historical names a little less), with the days it
     * was in use when known (null: open).
     */
    public record Form(String text, double weight, java.time.LocalDate validFrom, java.time.LocalDate validTo) {
        public Form(String text, double weight) {
            this(text, weight, null, null);
        }

        /** Whether the name was in use on {@code day}, as far as its dates say. */
        boolean inUseOn(java.time.LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * An entity as the index sees it. {@code wholeGivenNames}: a person named in a tradition without middle names
     * ({@link NameCard#namesWithoutMiddleNames}), whose every word is part of the name: Ahmad Shah Massoud is
     * not Ahmad Massoud (his son), so no word of the registered name may be left out of a query.
     */
    public record Entry(long id, EntityType type, List<Form> forms, boolean wholeGivenNames, int prominence) {
        public Entry(long id, EntityType type, List<Form> forms) {
            this(id, type, forms, false, 0);
        }
    }

    /** A scored entity; {@code form} is the index of the name that matched best. */
    public record Match(long entityId, double score, int form, boolean surnameOnly) {
    }

    /**
     * Matches best first; ambiguous when the runner-up scores within a small margin of the best.
     * {@code byProminence}: a tie that only an editor-set prominence settled, which a caller with more context
     * (the rest of the text) may settle otherwise.
     */
    public record Resolution(List<Match> matches, boolean ambiguous, boolean byProminence) {
        public static final Resolution NONE = new Resolution(List.of(), false, false);
    }

    record Posting(long entity, int form, int token, double penalty) {
    }

    /** What a match on an acronym derived from a registered name counts. */
    static final double ACRONYM_WEIGHT = 0.97;
    /** The most letters a stem may have beyond another that it begins with (Zaporizh… for Zapori…). */
    private static final int STEM_EXTRA = 3;
    private static final int MIN_STEM_PREFIX = 4;

    private final Map<Long, Entry> entries;
    /** Per entity: its forms analysed, then the acronyms derived from them (weight {@link #ACRONYM_WEIGHT}). */
    private final Map<Long, List<AnalyzedName>> analyzed;
    private final List<String> stemKeys = new ArrayList<>();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    /**
     * Every plain skeleton by its consonant signature ({@link #signature}). Two skeletons within
     * {@link Similarity}'s bound (at most 1.6) differ by at most one operation that costs 1 — a consonant
     * changed, dropped, added or swapped — besides vowel changes (0.6), dropped i (0.5) and m for n (0.5),
     * none of which changes the signature: so every near skeleton has a signature within one edit of the
     * query's, and fuzzy matching looks up those few signatures instead of scanning all skeletons.
     */
    private final Map<String, List<String>> bySignature = new HashMap<>();
    /** The symbols that occur in signatures, for generating the one-edit neighbours of a query's. */
    private final char[] signatureSymbols;
    private final java.util.Set<String> skeletons = new java.util.HashSet<>();
    private final Map<String, List<Map.Entry<String, Double>>> fuzzyCache = new ConcurrentHashMap<>();

    private NameIndex(Map<Long, Entry> entries, Map<Long, List<AnalyzedName>> analyzed) {
        this.entries = entries;
        this.analyzed = analyzed;
        analyzed.forEach(this::post);
        java.util.BitSet symbols = new java.util.BitSet(128);
        for (String key : postings.keySet()) {
            if (key.charAt(0) == AnalyzedName.STEM_MARK) {
                stemKeys.add(key);
            } else if (!AnalyzedName.isMarked(key)) {
                String signature = signature(key);
                bySignature.computeIfAbsent(signature, k -> new ArrayList<>(1)).add(key);
                signature.chars().forEach(symbols::set);
                skeletons.add(key);
            }
        }
        StringBuilder alphabet = new StringBuilder();
        symbols.stream().forEach(c -> alphabet.append((char) c));
        signatureSymbols = alphabet.toString().toCharArray();
    }

    public static NameIndex of(Collection<Entry> entries) {
        return empty().with(entries);
    }

    public static NameIndex empty() {
        return new NameIndex(Map.of(), Map.of());
    }

    /** A new snapshot with these entries added or replaced; analysis of unchanged entries is reused. */
    public NameIndex with(Collection<Entry> changed) {
        Map<Long, Entry> allEntries = new LinkedHashMap<>(entries);
        Map<Long, List<AnalyzedName>> allAnalyzed = new HashMap<>(analyzed);
        for (Entry entry : changed) {
            allEntries.put(entry.id(), entry);
            allAnalyzed.put(entry.id(), analyze(entry));
        }
        return new NameIndex(allEntries, allAnalyzed);
    }

    /**
     * An entry's forms analysed, followed by the acronyms of its organisation and place names
     * ({@link AnalyzedName#acronyms}), in the order of the forms that give them.
     */
    private static List<AnalyzedName> analyze(Entry entry) {
        List<AnalyzedName> names = new ArrayList<>();
        java.util.Set<String> acronyms = new java.util.LinkedHashSet<>();
        for (Form form : entry.forms()) {
            names.add(AnalyzedName.of(form.text(), entry.type() == EntityType.PERSON));
            if (entry.type() != EntityType.PERSON) {
                acronyms.addAll(AnalyzedName.acronyms(form.text()));
            }
        }
        acronyms.forEach(a -> names.add(AnalyzedName.acronymName(a)));
        return List.copyOf(names);
    }

    public int size() {
        return entries.size();
    }

    public Entry entry(long id) {
        return entries.get(id);
    }

    private void post(long entity, List<AnalyzedName> names) {
        for (int f = 0; f < names.size(); f++) {
            List<AnalyzedName.Token> tokens = names.get(f).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                for (NameKeys.Key key : tokens.get(t).keys()) {
                    postings.computeIfAbsent(key.skeleton(), k -> new ArrayList<>())
                            .add(new Posting(entity, f, t, key.penalty()));
                }
            }
        }
    }

    /** The entities {@code query} may name, best first, at most {@code limit}. */
    public Resolution resolve(String query, int limit) {
        return resolve(query, limit, NameContext.NONE);
    }

    /**
     * The entities {@code query} may name, best first, at most {@code limit}; a tie at the top is settled by
     * {@code context} when it names exactly one of the tied entities ({@link NameContext}), else by the names in
     * use on the context's day ({@link #inUse}), else by an editor-set prominence ({@link #mostProminent}).
     */
    public Resolution resolve(String query, int limit, NameContext context) {
        long start = System.nanoTime();
        try {
            return resolveNow(query, limit, context);
        } finally {
            org.livebrief.platform.Metrics.nameResolution(System.nanoTime() - start);
        }
    }

    private Resolution resolveNow(String query, int limit, NameContext context) {
        AnalyzedName name = AnalyzedName.of(query);
        if (name.isEmpty()) {
            return Resolution.NONE;
        }
        List<Map<Posting, Double>> hits = name.tokens().stream().map(this::hits).toList();
        List<Match> matches = new ArrayList<>();
        boolean[] optionalQuery = null;
        EntityType optionalFor = null;
        for (Map.Entry<Long, List<List<Map.Entry<Posting, Double>>>> entity : byEntity(hits).entrySet()) {
            EntityType type = entries.get(entity.getKey()).type();
            if (type != optionalFor) {
                optionalQuery = optional(type, name);
                optionalFor = type;
            }
            List<List<Map.Entry<Posting, Double>>> own = entity.getValue();
            int last = own.size() - 1;
            // Every way of matching needs the query's first and last words (a person's given name and
            // surname; every word of any other name but the optional ones): skip the many entities that share
            // only a common word with the query.
            if (own.get(0).isEmpty() && !optionalQuery[0] || own.get(last).isEmpty() && !optionalQuery[last]) {
                continue;
            }
            best(entity.getKey(), name, own, optionalQuery).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparingLong(Match::entityId));
        boolean ambiguous = matches.size() > 1 && matches.get(1).score() >= matches.get(0).score() - AMBIGUITY_MARGIN;
        boolean byProminence = false;
        if (ambiguous) {
            double top = matches.get(0).score();
            List<Match> tied = matches.stream().filter(m -> m.score() >= top - AMBIGUITY_MARGIN).toList();
            List<Long> ids = tied.stream().map(Match::entityId).toList();
            Long byContext = context.isEmpty() ? null : context.settle(ids);
            if (byContext == null && context.date() != null) {
                byContext = inUse(tied, context.date());
            }
            Long settled = byContext != null ? byContext : context.usesProminence() ? mostProminent(ids) : null;
            byProminence = byContext == null && settled != null;
            if (settled != null) {
                Match chosen = tied.stream().filter(m -> m.entityId() == settled).findFirst().orElseThrow();
                matches.remove(chosen);
                matches.add(0, chosen);
                ambiguous = false;
            }
        }
        return new Resolution(List.copyOf(matches.subList(0, Math.min(limit, matches.size()))), ambiguous, byProminence);
    }

    /**
     * The one tied entity whose matched name was in use on {@code day} when the others' were not (Artemivsk in a
     * text of 2014 is the city that bore that name until 2016; in one of 2026, a place that bears it now), or null.
     */
    private Long inUse(List<Match> tied, java.time.LocalDate day) {
        // One match per entity, and a tie has at least two: one in use means the others were not.
        List<Long> current = tied.stream().filter(m -> inUse(entries.get(m.entityId()), m.form(), day))
                .map(Match::entityId).toList();
        return current.size() == 1 ? current.get(0) : null;
    }

    /** Whether the entity's form {@code form} was in use on {@code day}; acronyms (past the forms) have no dates. */
    private static boolean inUse(Entry entry, int form, java.time.LocalDate day) {
        return form >= entry.forms().size() || entry.forms().get(form).inUseOn(day);
    }

    /**
     * The one tied entity whose editor-set prominence is higher than every other tied one's, or null. What the
     * text and the briefing say comes first ({@link NameContext}); prominence is what the newsroom knows
     * otherwise (Vitali Klitschko, the mayor, over his brother). Equal prominence, 0 included, settles nothing.
     */
    private Long mostProminent(List<Long> tied) {
        Long best = null;
        int most = 0;
        boolean alone = false;
        for (Long id : tied) {
            int prominence = entries.get(id).prominence();
            if (best == null || prominence > most) {
                best = id;
                most = prominence;
                alone = true;
            } else if (prominence == most) {
                alone = false;
            }
        }
        return alone && most > 0 ? best : null;
    }

    /** Whether a single word matches any word of any name (a cheap test before resolving spans). */
    public boolean knowsWord(String word) {
        List<String> parts = AnalyzedName.parts(word);
        if (parts.size() > 1) {
            return parts.stream().anyMatch(this::knowsWord);
        }
        return AnalyzedName.keys(word).stream().anyMatch(k -> postings.containsKey(k.skeleton()) || !fuzzy(k.skeleton()).isEmpty())
                || AnalyzedName.isAcronym(word) && postings.containsKey(AnalyzedName.ACRONYM_MARK + NameKeys.skeleton(word));
    }

    /** Whether a single word has a key that some word of some name has exactly (no fuzzy search). */
    public boolean knowsKey(String word) {
        return AnalyzedName.keys(word).stream().anyMatch(k -> postings.containsKey(k.skeleton()));
    }

    /**
     * The hits of each query word grouped by entity: per entity, per query word, its postings with their
     * scores. Resolving then scores each entity against its own hits only, however many entities share a
     * common word (a given name shared by thousands of people).
     */
    private static Map<Long, List<List<Map.Entry<Posting, Double>>>> byEntity(List<Map<Posting, Double>> hits) {
        Map<Long, List<List<Map.Entry<Posting, Double>>>> grouped = new LinkedHashMap<>();
        for (int q = 0; q < hits.size(); q++) {
            for (Map.Entry<Posting, Double> hit : hits.get(q).entrySet()) {
                List<List<Map.Entry<Posting, Double>>> perWord = grouped.computeIfAbsent(hit.getKey().entity(), e -> {
                    List<List<Map.Entry<Posting, Double>>> lists = new ArrayList<>(hits.size());
                    for (int i = 0; i < hits.size(); i++) {
                        lists.add(new ArrayList<>(2));
                    }
                    return lists;
                });
                perWord.get(q).add(hit);
            }
        }
        return grouped;
    }

    private java.util.Optional<Match> best(long entity, AnalyzedName query, List<List<Map.Entry<Posting, Double>>> hits,
                                           boolean[] optionalQuery) {
        List<AnalyzedName> names = analyzed.get(entity);
        Entry entry = entries.get(entity);
        Match best = null;
        for (int f = 0; f < names.size(); f++) {
            double[][] scores = new double[query.size()][names.get(f).size()];
            boolean any = false;
            for (int q = 0; q < query.size(); q++) {
                for (Map.Entry<Posting, Double> hit : hits.get(q)) {
                    Posting p = hit.getKey();
                    if (p.form() == f) {
                        scores[q][p.token()] = Math.max(scores[q][p.token()], hit.getValue());
                        any = true;
                    }
                }
            }
            if (!any) {
                continue;
            }
            FormScore score = FormScore.of(entry.type(), scores, optionalQuery, optional(entry.type(), names.get(f)),
                    entry.wholeGivenNames());
            double weight = f < entry.forms().size() ? entry.forms().get(f).weight() : ACRONYM_WEIGHT;
            double total = score.value() * weight;
            if (total >= MIN_SCORE && (best == null || total > best.score())) {
                best = new Match(entity, Math.round(total * 1000) / 1000.0, f, score.surnameOnly());
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Which words of a name an entity of this type may leave unsaid ({@link GenericWords#isOptional}). */
    private static boolean[] optional(EntityType type, AnalyzedName name) {
        boolean[] optional = new boolean[name.size()];
        for (int t = 0; t < optional.length; t++) {
            optional[t] = GenericWords.isOptional(type, name.tokens().get(t).keys().get(0).skeleton());
        }
        return optional;
    }

    /** Every name word this query word may be, with the best score for each. */
    private Map<Posting, Double> hits(AnalyzedName.Token word) {
        Map<Posting, Double> hits = new HashMap<>();
        String written = word.text();
        for (NameKeys.Key key : word.keys()) {
            for (Posting p : postings.getOrDefault(key.skeleton(), List.of())) {
                boolean same = written.equalsIgnoreCase(tokenText(p));
                double score = same ? 1.0 : 0.96 - key.penalty() - p.penalty();
                hits.merge(p, score, Math::max);
            }
            for (Map.Entry<String, Double> near : fuzzy(key.skeleton())) {
                double score = 0.92 - 0.12 * near.getValue() - key.penalty();
                for (Posting p : postings.get(near.getKey())) {
                    hits.merge(p, score - p.penalty(), Math::max);
                }
            }
        }
        return hits;
    }

    private String tokenText(Posting p) {
        return analyzed.get(p.entity()).get(p.form()).tokens().get(p.token()).text();
    }

    private List<Map.Entry<String, Double>> fuzzy(String skeleton) {
        List<Map.Entry<String, Double>> known = fuzzyCache.get(skeleton);
        if (known != null) {
            return known;
        }
        List<Map.Entry<String, Double>> near = new ArrayList<>();
        if (skeleton.charAt(0) == AnalyzedName.STEM_MARK) {
            for (String other : stemKeys) {
                if (!other.equals(skeleton) && isStemPrefix(skeleton, other)) {
                    near.add(Map.entry(other, 1.0));
                }
            }
        }
        if (!AnalyzedName.isMarked(skeleton)) {
            for (String other : candidates(skeleton)) {
                double d = Similarity.distance(skeleton, other);
                if (d > 0 && d != Similarity.NO_MATCH) {
                    near.add(Map.entry(other, d));
                }
            }
        }
        if (fuzzyCache.size() > FUZZY_CACHE_LIMIT) {
            fuzzyCache.clear();
        }
        List<Map.Entry<String, Double>> result = List.copyOf(near);
        fuzzyCache.put(skeleton, result);
        return result;
    }

    /** The skeletons whose signature is the query's or one edit from it (each once). */
    private java.util.Set<String> candidates(String skeleton) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        String signature = signature(skeleton);
        collect(signature, found);
        StringBuilder edit = new StringBuilder(signature.length() + 1);
        for (int i = 0; i <= signature.length(); i++) {
            if (i < signature.length()) {
                edit.setLength(0);
                collect(edit.append(signature, 0, i).append(signature, i + 1, signature.length()).toString(), found);
                if (i + 1 < signature.length()) {
                    edit.setLength(0);
                    collect(edit.append(signature, 0, i).append(signature.charAt(i + 1)).append(signature.charAt(i))
                            .append(signature, i + 2, signature.length()).toString(), found);
                }
            }
            for (char symbol : signatureSymbols) {
                edit.setLength(0);
                collect(edit.append(signature, 0, i).append(symbol).append(signature, i, signature.length()).toString(), found);
                if (i < signature.length() && symbol != signature.charAt(i)) {
                    edit.setLength(0);
                    collect(edit.append(signature, 0, i).append(symbol).append(signature, i + 1, signature.length()).toString(), found);
                }
            }
        }
        return found;
    }

    private void collect(String signature, java.util.Set<String> found) {
        List<String> skeletonsOf = bySignature.get(signature);
        if (skeletonsOf != null) {
            found.addAll(skeletonsOf);
        }
    }

    /** A skeleton's consonants, m written as n: what the cheap edits of {@link Similarity} leave alone. */
    static String signature(String skeleton) {
        StringBuilder consonants = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (!NameKeys.isVowel(c)) {
                consonants.append(c == 'm' ? 'n' : c);
            }
        }
        return consonants.toString();
    }

    /** Every plain skeleton of the index (tests compare the signature lookup with a scan of all of them). */
    java.util.Set<String> skeletons() {
        return java.util.Collections.unmodifiableSet(skeletons);
    }

    /** The skeletons fuzzy matching finds near {@code skeleton}, with their distances (for tests). */
    List<Map.Entry<String, Double>> near(String skeleton) {
        return fuzzy(skeleton);
    }

    /**
     * Whether one stem begins with the other, the shorter of at least {@link #MIN_STEM_PREFIX} letters and the
     * longer at most {@link #STEM_EXTRA} more (Запорізька's zapori, Zaporizhzhia's zaporiZi).
     */
    static boolean isStemPrefix(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() - 1 >= MIN_STEM_PREFIX && longer.length() - shorter.length() <= STEM_EXTRA
                && longer.startsWith(shorter);
    }

}
