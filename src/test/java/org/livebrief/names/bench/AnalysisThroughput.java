package org.livebrief.names.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.livebrief.names.NameKeys;
import org.livebrief.names.Words;

/**
 * Tokens per second of Livebrief's name-key analysis (words, folding, romanization of other scripts,
 * skeleton keys under every spelling convention) against Lucene's StandardAnalyzer on the same texts.
 */
final class AnalysisThroughput {

    record Result(long tokens, double namesPerSecond, double standardPerSecond) {
        double costRatio() {
            return standardPerSecond / namesPerSecond;
        }
    }

    private AnalysisThroughput() {
    }

    static Result measure(List<String> texts, int rounds) {
        long tokens = 0;
        for (String text : texts) {
            tokens += Words.of(text).size();
        }
        try (StandardAnalyzer standard = new StandardAnalyzer()) {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                names(texts);
                standard(standard, texts);
            }
            long namesNanos = 0;
            long standardNanos = 0;
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                names(texts);
                long t1 = System.nanoTime();
                standard(standard, texts);
                long t2 = System.nanoTime();
                namesNanos += t1 - t0;
                standardNanos += t2 - t1;
            }
            double total = (double) tokens * rounds;
            return new Result(tokens, total / (namesNanos / 1e9), total / (standardNanos / 1e9));
        }
    }

    private static long names(List<String> texts) {
        long keys = 0;
        for (String text : texts) {
            for (Words.Word word : Words.of(text)) {
                keys += NameKeys.keys(word.text()).size();
            }
        }
        return keys;
    }

    private static long standard(StandardAnalyzer analyzer, List<String> texts) {
        long count = 0;
        try {
            for (String text : texts) {
                try (TokenStream stream = analyzer.tokenStream("body", text)) {
                    stream.reset();
                    while (stream.incrementToken()) {
                        count++;
                    }
                    stream.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
