package org.livebrief.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/** The package-private analysis of the entry index, for {@code search.bench}. */
public final class SearchBench {

    private SearchBench() {
    }

    public static Map<String, Analyzer> fieldAnalyzers() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (String field : SearchAnalyzers.TEXT_FIELDS) {
            analyzers.put(field, SearchAnalyzers.create(SearchAnalyzers.analyzerOf(field)));
        }
        analyzers.put(EntryBinder.NAMES, SearchAnalyzers.create(SearchAnalyzers.NAMES));
        analyzers.put(EntryBinder.ABJAD, SearchAnalyzers.create(SearchAnalyzers.ABJAD));
        return analyzers;
    }

    public static String textField(String language) {
        return SearchAnalyzers.textField(language);
    }

    public static String plainText(String html) {
        return EntryBinder.plainText(html);
    }
}
