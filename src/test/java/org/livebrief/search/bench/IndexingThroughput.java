package org.livebrief.search.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.livebrief.search.SearchBench;

/**
 * What the search analysis costs at indexing time: documents per second written to an in-memory Lucene
 * index with the entry index's layout (stored body, the language's text field, the names and abjad fields) against
 * one StandardAnalyzer text field with the same stored body. The texts are the demo briefings' entries
 * (en and uk), each repeated with its numbers changed. Each variant reports its fastest round.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.livebrief.search.bench.IndexingThroughput}
 */
public final class IndexingThroughput {

    private IndexingThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> docs = corpus(args.length > 0 ? Integer.parseInt(args[0]) : 4000);
        long chars = docs.stream().mapToLong(d -> d[1].length()).sum();
        Analyzer livebrief = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), SearchBench.fieldAnalyzers());
        double first = round(docs, livebrief, Layout.FULL);
        double best = 0;
        double textOnly = 0;
        double withoutAbjad = 0;
        double standard = 0;
        for (int i = 0; i < 5; i++) {
            best = Math.max(best, round(docs, livebrief, Layout.FULL));
            withoutAbjad = Math.max(withoutAbjad, round(docs, livebrief, Layout.WITHOUT_ABJAD));
            textOnly = Math.max(textOnly, round(docs, livebrief, Layout.TEXT_ONLY));
            standard = Math.max(standard, round(docs, new StandardAnalyzer(), Layout.STANDARD));
        }
        System.out.printf("%d entries, %.0f chars on average%n", docs.size(), (double) chars / docs.size());
        System.out.printf("livebrief layout: %.0f entries/s (first round, cold name-key cache: %.0f)%n", best, first);
        System.out.printf("livebrief layout without the abjad field: %.0f entries/s%n", withoutAbjad);
        System.out.printf("livebrief layout without the names and abjad fields: %.0f entries/s%n", textOnly);
        System.out.printf("StandardAnalyzer: %.0f entries/s%n", standard);
        System.out.printf("cost: %.1fx StandardAnalyzer (%.1fx cold)%n", standard / best, standard / first);
    }

    private enum Layout { FULL, WITHOUT_ABJAD, TEXT_ONLY, STANDARD }

    private static double round(List<String[]> docs, Analyzer analyzer, Layout layout) throws IOException {
        long started = System.nanoTime();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (String[] d : docs) {
                Document doc = new Document();
                doc.add(new StoredField("body", d[1]));
                if (layout != Layout.STANDARD) {
                    doc.add(new TextField(SearchBench.textField(d[0]), d[1], Field.Store.NO));
                    if (layout != Layout.TEXT_ONLY) {
                        doc.add(new TextField("names", d[1], Field.Store.NO));
                    }
                    if (layout == Layout.FULL) {
                        doc.add(new TextField("abjad", d[1], Field.Store.NO));
                    }
                } else {
                    doc.add(new TextField("text", d[1], Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return docs.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static List<String[]> corpus(int size) throws IOException {
        List<String[]> base = new ArrayList<>();
        for (String file : List.of("demo/briefing-en.json", "demo/briefing-uk.json")) {
            try (InputStream in = IndexingThroughput.class.getClassLoader().getResourceAsStream(file);
                 JsonReader reader = Json.createReader(in)) {
                JsonObject briefing = reader.readObject();
                String language = briefing.getString("language");
                for (JsonObject entry : briefing.getJsonArray("entries").getValuesAs(JsonObject.class)) {
                    base.add(new String[] {language, SearchBench.plainText(entry.getString("body"))});
                }
            }
        }
        List<String[]> docs = new ArrayList<>(size);
        for (int i = 0; docs.size() < size; i++) {
            String[] d = base.get(i % base.size());
            docs.add(new String[] {d[0], d[1].replaceAll("\\d+", String.valueOf(i))});
        }
        return docs;
    }

}
