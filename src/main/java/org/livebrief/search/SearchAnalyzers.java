package org.livebrief.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of the entry index, by name. Every one starts with ICU's tokenizer (Unicode word breaks,
 * apostrophes inside words: Кам'янець, Kyiv's) and ends in ICU folding (case, diacritics, width), so
 * Київ and КИЇВ, Selenskyj and Selenskýj are equal; the ordinary-word fields stem by language in between,
 * before folding, because the stemmers need the real letters (й, ї).
 */
final class SearchAnalyzers {

    /** Name skeleton keys: the cross-script field. */
    static final String NAMES = "livebrief_names";
    /** Consonant skeletons between Arabic script and the others ({@link AbjadKeyFilter}): index and search sides. */
    static final String ABJAD = "livebrief_abjad";
    static final String ABJAD_QUERY = "livebrief_abjad_query";
    /** Ordinary words of English, Ukrainian and Russian entries, and of every other language. */
    static final String ENGLISH = "livebrief_text_en";
    static final String UKRAINIAN = "livebrief_text_uk";
    static final String RUSSIAN = "livebrief_text_ru";
    static final String OTHER = "livebrief_text";

    private SearchAnalyzers() {
    }

    /** The ordinary-word field of an entry in {@code language} (a BCP 47 tag). */
    static String textField(String language) {
        return switch (primary(language)) {
            case "en" -> "text_en";
            case "uk" -> "text_uk";
            case "ru" -> "text_ru";
            default -> "text";
        };
    }

    static String analyzerOf(String field) {
        return switch (field) {
            case "text_en" -> ENGLISH;
            case "text_uk" -> UKRAINIAN;
            case "text_ru" -> RUSSIAN;
            case "names" -> NAMES;
            default -> OTHER;
        };
    }

    /** Every analyzer of the index, by name. */
    static final java.util.List<String> ALL = java.util.List.of(NAMES, ABJAD, ABJAD_QUERY, ENGLISH, UKRAINIAN, RUSSIAN, OTHER);

    static final java.util.List<String> TEXT_FIELDS = java.util.List.of("text_en", "text_uk", "text_ru", "text");

    static Analyzer create(String name) {
        return switch (name) {
            case NAMES -> analyzer(NameKeyFilter::new);
            case ABJAD -> analyzer(t -> new AbjadKeyFilter(t, false));
            case ABJAD_QUERY -> analyzer(t -> new AbjadKeyFilter(t, true));
            case ENGLISH -> analyzer(t -> new PorterStemFilter(new ICUFoldingFilter(new EnglishPossessiveFilter(t))));
            case UKRAINIAN -> analyzer(t -> new ICUFoldingFilter(new UkrainianLightStemFilter(new LowerCaseFilter(t))));
            case RUSSIAN -> analyzer(t -> new ICUFoldingFilter(new SnowballFilter(new LowerCaseFilter(t), new RussianStemmer())));
            case OTHER -> analyzer(ICUFoldingFilter::new);
            default -> throw new IllegalArgumentException("No analyzer " + name);
        };
    }

    private interface Chain {
        TokenStream filter(TokenStream tokens);
    }

    private static Analyzer analyzer(Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, chain.filter(tokenizer));
            }
        };
    }

    private static String primary(String language) {
        if (language == null) {
            return "";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
