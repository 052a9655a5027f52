package org.livebrief.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of the OpenSearch index ({@link SearchBackend}): each name of {@link SearchAnalyzers} is defined
 * there as the same built-in chain, which only takes apart what {@link PreAnalyzed} wrote: split on whitespace (one
 * token a position), then split each token on {@value PreAnalyzed#SAME} into tokens at the same position
 * ({@code pattern_capture} keeps the position of the token it splits). The real analysis (ICU, stemming, name keys,
 * abjad skeletons) runs in Livebrief on both sides, so the engine needs no plugin and cannot drift from the local
 * index.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String SPLIT = "livebrief_same_position";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(SPLIT).type("pattern_capture")
                .param("patterns", "([^" + PreAnalyzed.SAME + "]+)")
                .param("preserve_original", false);
        for (String name : SearchAnalyzers.ALL) {
            context.analyzer(name).custom().tokenizer("whitespace").tokenFilters(SPLIT);
        }
    }
}
