package org.livebrief.names.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the evaluation as Markdown, ready for docs/benchmarks.md. */
final class Report {

    private final NamesEvaluation names;
    private final StyleScore style;
    private final AnalysisThroughput.Result speed;
    private final String[] args;

    Report(NamesEvaluation names, StyleScore style, AnalysisThroughput.Result speed, String[] args) {
        this.names = names;
        this.style = style;
        this.speed = speed;
        this.args = args;
    }

    void print(PrintStream out) {
        out.printf("Dataset: `%s`, `%s`; %d entities registered with native names + preferred_en only "
                + "(%d were already held and resolved to the holder).%n%n", args[1], args[2], names.registered(),
                names.alreadyHeld());
        out.println("| measure | value | queries |");
        out.println("|---|---|---|");
        row(out, "top-1 recall, Latin variants", names.latin().recall(), names.latin().total);
        row(out, "top-1 recall, non-Latin variants", names.nonLatin().recall(), names.nonLatin().total);
        row(out, "top-1 recall, historical variants", names.historical().recall(), names.historical().total);
        int wrong = names.latin().wrong + names.nonLatin().wrong + names.historical().wrong + names.probes().wrong;
        int all = names.latin().total + names.nonLatin().total + names.historical().total + names.probes().total;
        row(out, "false-merge rate (variants + confusable probes)", (double) wrong / all, all);
        row(out, "style checker precision", style.precision(), style.returned);
        row(out, "style checker recall", style.recall(), style.expected);
        throughputRows(speed, out);
        out.println();
        throughputNote(speed, out);
        out.println("Misses, false merges and false alarms:");
        out.println();
        names.log().forEach(line -> out.println("- " + line));
        style.log.forEach(line -> out.println("- " + line));
    }

    /** The throughput rows alone, for {@code AnalysisThroughput.main}. */
    static void throughput(AnalysisThroughput.Result speed, PrintStream out) {
        out.println("| measure | value | queries |");
        out.println("|---|---|---|");
        throughputRows(speed, out);
        out.println();
        throughputNote(speed, out);
    }

    private static void throughputRows(AnalysisThroughput.Result speed, PrintStream out) {
        out.printf(Locale.ROOT, "| name-key analysis (cached per word, as deployed), tokens/s | %,.0f | %,d tokens, best of %d rounds |%n",
                speed.namesPerSecond(), speed.tokens(), speed.rounds());
        out.printf(Locale.ROOT, "| name-key analysis without the cache (first sight of every word), tokens/s | %,.0f | same texts |%n",
                speed.uncachedPerSecond());
        out.printf(Locale.ROOT, "| StandardAnalyzer, tokens/s | %,.0f | same texts |%n", speed.standardPerSecond());
        out.printf(Locale.ROOT, "| cost per token vs StandardAnalyzer (cached / uncached) | %.2f× / %.2f× | target ≤ 3× for both |%n",
                speed.costRatio(), speed.uncachedCostRatio());
    }

    private static void throughputNote(AnalysisThroughput.Result speed, PrintStream out) {
        out.printf(Locale.ROOT, "Cost per token is StandardAnalyzer's tokens/s over ours, measured in the same JVM on the same texts. "
                + "The 3× target is checked against the uncached figure (every word analysed as if seen for the first time), "
                + "the worst case; the cached figure is what repeated words cost as deployed. Uncached %s, cached %s.%n%n",
                speed.uncachedCostRatio() <= 3 ? "meets it" : "MISSES it", speed.costRatio() <= 3 ? "meets it" : "MISSES it");
    }

    private static void row(PrintStream out, String measure, double value, int count) {
        out.printf(Locale.ROOT, "| %s | %.3f | %d |%n", measure, value, count);
    }
}
