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
        out.printf(Locale.ROOT, "| name-key analysis (cached per word, as deployed), tokens/s | %,.0f | %,d tokens, best of 15 rounds |%n",
                speed.namesPerSecond(), speed.tokens());
        out.printf(Locale.ROOT, "| name-key analysis without the cache, tokens/s | %,.0f | same texts |%n",
                speed.uncachedPerSecond());
        out.printf(Locale.ROOT, "| StandardAnalyzer, tokens/s | %,.0f | same texts |%n", speed.standardPerSecond());
        out.printf(Locale.ROOT, "| cost per token vs StandardAnalyzer (cached / uncached) | %.2f× / %.2f× | |%n%n",
                speed.costRatio(), speed.uncachedCostRatio());
        out.println("Misses, false merges and false alarms:");
        out.println();
        names.log().forEach(line -> out.println("- " + line));
        style.log.forEach(line -> out.println("- " + line));
    }

    private static void row(PrintStream out, String measure, double value, int count) {
        out.printf(Locale.ROOT, "| %s | %.3f | %d |%n", measure, value, count);
    }
}
