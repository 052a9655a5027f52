package org.livebrief.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.jboss.logging.Logger;

/**
 * Registers {@link SearchAnalyzers} with the Lucene backend ({@code hibernate.search.backend.analysis.configurer}
 * in persistence.xml). The analyzers are instances of classes in this WAR built on WildFly's
 * {@code org.apache.lucene} module; lucene-analysis-icu is the only Lucene jar the WAR carries.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    private static final Logger LOG = Logger.getLogger(SearchAnalysis.class);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : SearchAnalyzers.ALL) {
            context.analyzer(name).instance(SearchAnalyzers.create(name));
        }
        LOG.debugf("Search analyzers registered; Lucene from %s, ICU analysis from %s",
                org.apache.lucene.analysis.Analyzer.class.getClassLoader(),
                org.apache.lucene.analysis.icu.ICUFoldingFilter.class.getClassLoader());
    }
}
