package org.livebrief.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Livebrief's own analysis, done in Livebrief, written out for a search engine that cannot run it (OpenSearch,
 * {@link SearchBackend}): the tokens of one text as a line where a space starts the next position and {@value #SAME}
 * joins the tokens that share a position (a word's name keys, its stem beside its folded form). The engine's side of
 * it ({@link OpenSearchAnalysis}) splits on spaces and then on {@value #SAME}, keeping the positions, so phrases and
 * alternatives come out as they do in the local Lucene index, and OpenSearch needs no plugin.
 */
final class PreAnalyzed {

    /** Joins the tokens of one position; never part of a token (a token's own spaces and bars become {@code _}). */
    static final char SAME = '|';

    private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

    private PreAnalyzed() {
    }

    /** The analyzer {@code name} of {@link SearchAnalyzers}, made once for everything here that analyzes (indexing for
     * OpenSearch, its queries, snippets); analyzers are thread-safe and reuse their token streams per thread. */
    static Analyzer analyzer(String name) {
        return ANALYZERS.computeIfAbsent(name, SearchAnalyzers::create);
    }

    /** {@code text} through the analyzer {@code name}, as the line described above; empty when it has no token. */
    static String encode(String analyzerName, String text) {
        StringBuilder line = new StringBuilder(text.length() + 16);
        try (TokenStream tokens = analyzer(analyzerName).tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                if (line.length() > 0) {
                    line.append(increment.getPositionIncrement() == 0 ? SAME : ' ');
                }
                for (int i = 0; i < term.length(); i++) {
                    char c = term.charAt(i);
                    line.append(c == SAME || Character.isWhitespace(c) ? '_' : c);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }
}
