package org.livebrief.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Search-result snippets: a window of an entry's plain text around its first match, HTML-escaped, with
 * every word that matched the query wrapped in {@code <mark>}. A word matches when one of its terms under
 * the entry's ordinary-word analyzer or under the names analyzer is one of the query's terms under the
 * same analyzer, so Зеленського is marked for the query Zelensky.
 *
 * <p>Done here rather than by Hibernate Search's highlight projection because WildFly 39's
 * {@code org.apache.lucene} module has no lucene-highlighter, which that projection needs.
 */
final class Snippets {

    static final int WINDOW = 220;

    private record Range(int start, int end) {
    }

    private final List<Analyzer> analyzers;
    private final List<Set<String>> queryTerms;

    /** {@code analyzers}: the ordinary-word analyzer of the entry's language and the names analyzer. */
    Snippets(String query, List<Analyzer> analyzers) {
        this(query, analyzers, analyzers);
    }

    /**
     * {@code queryAnalyzers} and {@code textAnalyzers}: the search and index analyzers of each field, in the same
     * order (they differ for the abjad field).
     */
    Snippets(String query, List<Analyzer> queryAnalyzers, List<Analyzer> textAnalyzers) {
        this.analyzers = textAnalyzers;
        this.queryTerms = new ArrayList<>();
        for (Analyzer analyzer : queryAnalyzers) {
            Set<String> terms = new HashSet<>();
            analyze(analyzer, query, (term, start, end) -> terms.add(term));
            queryTerms.add(terms);
        }
    }

    String snippet(String text) {
        List<Range> marks = new ArrayList<>();
        for (int i = 0; i < analyzers.size(); i++) {
            Set<String> terms = queryTerms.get(i);
            analyze(analyzers.get(i), text, (term, start, end) -> {
                if (terms.contains(term)) {
                    marks.add(new Range(start, end));
                }
            });
        }
        marks.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        int from = 0;
        if (!marks.isEmpty() && marks.get(0).start() > WINDOW / 3) {
            from = wordStart(text, marks.get(0).start() - WINDOW / 3);
        }
        int to = Math.min(text.length(), from + WINDOW);
        if (to < text.length()) {
            to = wordEnd(text, to);
        }
        StringBuilder out = new StringBuilder(to - from + 32);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (Range mark : marks) {
            if (mark.start() < at || mark.end() > to) {
                continue;
            }
            escape(text, at, mark.start(), out);
            out.append("<mark>");
            escape(text, mark.start(), mark.end(), out);
            out.append("</mark>");
            at = mark.end();
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private static void analyze(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream tokens = analyzer.tokenStream("snippet", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int wordStart(String text, int at) {
        int i = Math.max(0, at);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - at < 40) {
            i++;
        }
        return i;
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
