package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.livebrief.platform.Caller;
import org.livebrief.platform.JsonBodiesAccess;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/**
 * The admin's bulk import (CSV and JSON) and the name request it is made of (docs/fuzzing.md). Every row is
 * registered or reported; a row the validation lets through fits the name tables' columns, so registering
 * it cannot fail in the database.
 */
class NameImportFuzzTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type REQUESTS = new ArrayList<NameRequest>() { }.getClass().getGenericSuperclass();
    private static final Caller ADMIN = new Caller("admin", true, true, true);

    /** RFC 4180 round trip: rows written back with every field quoted parse to the same rows. */
    @FuzzTest(maxDuration = "60s")
    void csvRowsRoundTrip(byte[] data) {
        List<List<String>> rows = Csv.parse(FuzzInput.text(data));
        String written = rows.stream()
                .map(row -> row.stream().map(f -> '"' + f.replace("\"", "\"\"") + '"').collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n"));
        assertThat(Csv.parse(written)).isEqualTo(rows);
    }

    @FuzzTest(maxDuration = "60s")
    void csvImportRegistersOrReportsEveryRow(byte[] data) {
        List<NameRequest> requests;
        try {
            requests = NameImport.fromCsv(FuzzInput.text(data));
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return;
        }
        importAll(requests);
    }

    /**
     * As the server reads it: a body that is not well-formed is 400 ({@code platform.JsonBodies}, which also keeps
     * Yasson from skipping to an end that is not there: that loop hung this target in its first fuzzing run).
     * JSON that JSON-B cannot bind is RESTEasy's 400; whatever it binds is registered or reported row by row.
     * (Under the Jazzer agent Yasson leaves the fields of nested records such as {@code related} null, so this
     * target reaches those through {@link #relationsFitTheirColumn} instead; docs/fuzzing.md.)
     */
    @FuzzTest(maxDuration = "60s")
    void jsonImportRegistersOrReportsEveryRow(byte[] data) {
        List<NameRequest> requests;
        String json = FuzzInput.wellFormed(FuzzInput.text(data));
        try {
            JsonBodiesAccess.requireWellFormed(json);
            requests = JSONB.fromJson(json, REQUESTS);
        } catch (JsonbException e) {
            return;
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return;
        }
        if (requests != null) {
            importAll(requests);
        }
    }

    @Test
    void relationsFitTheirColumn() {
        NameRequest request = new NameRequest("person", Map.of("uk", "Кличко"), null, null,
                List.of(new NameRequest.Related(2L, "brother-and-fellow-boxer-and-mayor")), null);
        assertThatThrownBy(request::validate).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(
                e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("related.relation"));
        assertFits(new NameRequest("person", Map.of("uk", "Кличко"), null, null,
                List.of(new NameRequest.Related(2L, "brother")), null).validate(), HouseStyle.RFERL);
    }

    private static void importAll(List<NameRequest> requests) {
        NameImport imports = new NameImport();
        imports.names = new CheckingNames();
        NameImport.Report report = imports.all(requests, ADMIN);
        assertThat(report.created().size() + report.duplicates().size() + report.errors().size())
                .isEqualTo(requests.size());
    }

    /** Validates as {@link Names#register} does and checks that what it would store fits its columns. */
    static final class CheckingNames extends Names {

        CheckingNames() {
            clock = Clock.systemUTC();
            defaultStyleName = "rferl";
        }

        @Override
        public NameView register(NameRequest request, Caller caller) {
            NameRequest.Valid valid;
            try {
                valid = request.validate();
            } catch (ProblemException e) {
                assertThat(e.problem().status()).isEqualTo(400);
                assertThat(e.problem().errors()).extracting(Problem.FieldError::field).isNotEmpty();
                throw e;
            }
            assertFits(valid, defaultStyle());
            return new NameView(1, valid.type().json(), valid.names(), null, null, null, null, null, null, 0, 0, null);
        }
    }

    /** The column sizes of V10__names.sql, counted as H2 counts them (UTF-16 units). */
    static void assertFits(NameRequest.Valid valid, HouseStyle style) {
        valid.names().forEach((language, text) -> {
            fits("entity_name.language", language, 35);
            fitsName(text);
        });
        Names.englishSpelling(style, valid.names()).ifPresent(NameImportFuzzTest::fitsName);
        for (NameSpelling variant : valid.variants()) {
            fitsName(variant.text());
            if (variant.language() != null) {
                fits("entity_name.language", variant.language(), 35);
            }
        }
        valid.contexts().forEach(phrase -> fits("name_context.phrase", phrase, 300));
        valid.related().forEach(related -> fits("entity_relation.relation",
                related.relation() == null ? "related" : related.relation(), 32));
    }

    private static void fitsName(String text) {
        fits("entity_name.text", text, 300);
        fits("entity_name.folded", EntityName.fold(text), 300);
    }

    private static void fits(String column, String value, int size) {
        assertThat(value.length()).as("%s of '%s'", column, value).isLessThanOrEqualTo(size);
    }
}
