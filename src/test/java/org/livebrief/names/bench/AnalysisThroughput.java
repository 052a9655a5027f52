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
 * Each takes its fastest of the rounds, which keeps other processes on a shared machine out of the result;
 * the rounds interleave the three, so all of them see the same load, and each is timed in CPU time of the
 * measuring thread (not wall time), so waiting for a core does not count.
 */
public final class AnalysisThroughput {

    /** Tokens per second: name keys as the product runs them (cached per word), uncached, and Lucene's. */
    record Result(long tokens, int rounds, double namesPerSecond, double uncachedPerSecond, double standardPerSecond) {
        double costRatio() {
            return standardPerSecond / namesPerSecond;
        }

        double uncachedCostRatio() {
            return standardPerSecond / uncachedPerSecond;
        }
    }

    private AnalysisThroughput() {
    }

    /**
     * The throughput part of the evaluation alone, without a server:
     * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.livebrief.names.bench.AnalysisThroughput
     * -Dexec.args="entities.json sentences.json [rounds]"}.
     */
    public static void main(String[] args) throws Exception {
        var entities = NamesEvaluation.read(java.nio.file.Path.of(args[0]));
        var sentences = NamesEvaluation.read(java.nio.file.Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Result speed = measure(Corpus.of(entities, sentences), rounds);
        Report.throughput(speed, System.out);
    }

    static Result measure(List<String> texts, int rounds) {
        long tokens = 0;
        for (String text : texts) {
            tokens += Words.of(text).size();
        }
        try (StandardAnalyzer standard = new StandardAnalyzer()) {
            // Warm up until the JIT has compiled all three: at least 10 rounds and 3 seconds, which a loaded
            // machine needs (its compiler threads share the cores too).
            long warmUpEnd = System.nanoTime() + 3_000_000_000L;
            for (int warmUp = 0; warmUp < 10 || System.nanoTime() < warmUpEnd; warmUp++) {
                names(texts, true);
                names(texts, false);
                standard(standard, texts);
            }
            long[] nanos = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
            for (int round = 0; round < rounds; round++) {
                long t0 = now();
                names(texts, true);
                long t1 = now();
                names(texts, false);
                long t2 = now();
                standard(standard, texts);
                long t3 = now();
                nanos[0] = Math.min(nanos[0], t1 - t0);
                nanos[1] = Math.min(nanos[1], t2 - t1);
                nanos[2] = Math.min(nanos[2], t3 - t2);
            }
            double total = tokens;
            return new Result(tokens, rounds, total / (nanos[0] / 1e9), total / (nanos[1] / 1e9), total / (nanos[2] / 1e9));
        }
    }

    /**
     * The CPU time of this thread, where the JVM can tell it: on a machine shared with other builds, wall
     * time also counts the time the thread waited for a core.
     */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long names(List<String> texts, boolean cached) {
        long keys = 0;
        for (String text : texts) {
            for (Words.Word word : Words.of(text)) {
                keys += (cached ? NameKeys.keys(word.text()) : NameKeys.analyze(word.text())).size();
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
