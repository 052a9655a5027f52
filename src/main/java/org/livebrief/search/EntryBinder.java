package org.livebrief.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jsoup.Jsoup;
import org.livebrief.briefing.Entry;
import org.livebrief.briefing.LiveBriefing;
import org.livebrief.briefing.Visibility;

/**
 * The fields of an entry's document: its plain text in the ordinary-word field of its language
 * ({@code text_en}, {@code text_uk}, {@code text_ru} or {@code text}) and in the cross-script
 * {@code names} and {@code abjad} fields; the stored plain text for snippets ({@code body}); and the briefing's id, slug,
 * language and whether it is public, plus {@code publishedAt}, for filters and results.
 *
 * <p>Dependencies: the body and the flags of the entry itself. The briefing's id, slug and language never
 * change; a briefing's status change is pushed into the index by {@link BriefingVisibility}.
 */
final class EntryBinder implements TypeBinder {

    static final String BODY = "body";
    static final String NAMES = "names";
    static final String ABJAD = "abjad";
    static final String BRIEFING_ID = "briefingId";
    static final String BRIEFING_SLUG = "briefingSlug";
    static final String BRIEFING_PUBLIC = "briefingPublic";
    static final String LANGUAGE = "language";
    static final String PUBLISHED_AT = "publishedAt";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("body").use("publishedAt").use("briefing");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<String, IndexFieldReference<String>> text = new HashMap<>();
        for (String field : SearchAnalyzers.TEXT_FIELDS) {
            text.put(field, schema.field(field, f -> f.asString().analyzer(SearchAnalyzers.analyzerOf(field))).toReference());
        }
        Fields fields = new Fields(
                schema.field(BODY, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference(),
                text,
                schema.field(NAMES, f -> f.asString().analyzer(SearchAnalyzers.NAMES)).toReference(),
                schema.field(ABJAD, f -> f.asString().analyzer(SearchAnalyzers.ABJAD)
                        .searchAnalyzer(SearchAnalyzers.ABJAD_QUERY)).toReference(),
                schema.field(BRIEFING_ID, f -> f.asLong().projectable(Projectable.YES)).toReference(),
                schema.field(BRIEFING_SLUG, f -> f.asString().projectable(Projectable.YES)).toReference(),
                schema.field(BRIEFING_PUBLIC, f -> f.asBoolean()).toReference(),
                schema.field(LANGUAGE, f -> f.asString().projectable(Projectable.YES)).toReference(),
                schema.field(PUBLISHED_AT, f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES)).toReference());
        context.bridge(Entry.class, new Bridge(fields));
    }

    private record Fields(IndexFieldReference<String> body, Map<String, IndexFieldReference<String>> text,
                          IndexFieldReference<String> names, IndexFieldReference<String> abjad,
                          IndexFieldReference<Long> briefingId,
                          IndexFieldReference<String> briefingSlug, IndexFieldReference<Boolean> briefingPublic,
                          IndexFieldReference<String> language, IndexFieldReference<Instant> publishedAt) {
    }

    private record Bridge(Fields fields) implements TypeBridge<Entry> {

        @Override
        public void write(DocumentElement document, Entry entry, TypeBridgeWriteContext context) {
            LiveBriefing briefing = entry.briefing();
            String text = plainText(entry.body());
            document.addValue(fields.body(), text);
            String textField = SearchAnalyzers.textField(briefing.language());
            document.addValue(fields.text().get(textField), analyzed(textField, text));
            document.addValue(fields.names(), analyzed(NAMES, text));
            document.addValue(fields.abjad(), analyzed(ABJAD, text));
            document.addValue(fields.briefingId(), briefing.id());
            document.addValue(fields.briefingSlug(), briefing.slug());
            document.addValue(fields.briefingPublic(), Visibility.isPublic(briefing));
            document.addValue(fields.language(), briefing.language());
            document.addValue(fields.publishedAt(), entry.publishedAt());
        }
    }

    /**
     * What an analyzed field gets: the text itself for the local index, which analyzes it; for OpenSearch the tokens
     * Livebrief's analyzer of that field makes of it ({@link PreAnalyzed}).
     */
    private static String analyzed(String field, String text) {
        return SearchBackend.openSearch() ? PreAnalyzed.encode(OpenSearchQueries.indexAnalyzerOf(field), text) : text;
    }

    /** An entry body (sanitized HTML) as the text a reader sees, blocks separated by spaces. */
    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
