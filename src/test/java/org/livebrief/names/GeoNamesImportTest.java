package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin's GeoNames import ({@code src/main/scripts/geonames-import.py}) on a sample in the dump format
 * ({@code src/test/resources/geonames/}): the JSON body it would post to {@code /api/names/import}, registered
 * as the server registers it, makes former names resolve (Frunze, Leninakan, Titograd), keeps a region apart
 * from its capital, and leaves out what is not a name (IATA codes, links, colloquial forms) and what is not
 * asked for (other countries, small places).
 */
class GeoNamesImportTest {

    static JsonArray bodies;
    static NameIndex index;

    @BeforeAll
    static void runTheImportDry() throws Exception {
        Process process = new ProcessBuilder("python3", "src/main/scripts/geonames-import.py",
                "--dir", Path.of("src/test/resources/geonames").toString(), "--dry-run")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit status").isZero();
        bodies = Json.createReader(new StringReader(out)).readArray();
        List<NameIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(card(i + 1L, bodies.getJsonObject(i)).indexEntry());
        }
        index = NameIndex.of(entries);
    }

    /** A body as {@link Names#register} stores it: its names and its variants. */
    static NameCard card(long id, JsonObject body) {
        List<NameSpelling> spellings = new ArrayList<>();
        body.getJsonObject("names").forEach((language, text) ->
                spellings.add(NameSpelling.name(language, ((JsonString) text).getString())));
        for (JsonObject v : body.getJsonArray("variants") == null ? List.<JsonObject>of()
                : body.getJsonArray("variants").getValuesAs(JsonObject.class)) {
            spellings.add(new NameSpelling(v.getString("text"), v.getString("language", null), null,
                    NameKind.parse(v.getString("kind")).orElseThrow(), NameStatus.ACCEPTED,
                    v.containsKey("validFrom") ? LocalDate.parse(v.getString("validFrom")) : null,
                    v.containsKey("validTo") ? LocalDate.parse(v.getString("validTo")) : null));
        }
        return new NameCard(id, EntityType.PLACE, spellings, List.of());
    }

    static String english(long id) {
        return bodies.getJsonObject((int) id - 1).getJsonObject("names").getString("en");
    }

    static String resolved(String query) {
        List<NameIndex.Match> matches = index.resolve(query, 2).matches();
        return matches.isEmpty() ? null : english(matches.get(0).entityId());
    }

    @Test
    void formerNamesResolveToThePlaceOfToday() {
        assertThat(resolved("Frunze")).isEqualTo("Bishkek");
        assertThat(resolved("Фрунзе")).isEqualTo("Bishkek");
        assertThat(resolved("Pishpek")).isEqualTo("Bishkek");
        assertThat(resolved("Leninakan")).isEqualTo("Gyumri");
        assertThat(resolved("Ленинакан")).isEqualTo("Gyumri");
        assertThat(resolved("Aleksandropol")).isEqualTo("Gyumri");
        assertThat(resolved("Titograd")).isEqualTo("Podgorica");
    }

    @Test
    void aRegionIsNotItsCapital() {
        assertThat(resolved("Kharkiv")).isEqualTo("Kharkiv");
        assertThat(resolved("Харьковская область")).isEqualTo("Kharkiv Oblast");
        assertThat(resolved("Kharkiv region")).isEqualTo("Kharkiv Oblast");
        assertThat(resolved("Bishkek region")).as("GeoNames names the region as its city").isEqualTo("Bishkek region");
    }

    @Test
    void formerNamesCarryTheirYears() {
        JsonObject gyumri = bodies.getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getJsonObject("names").getString("en").equals("Gyumri")).findFirst().orElseThrow();
        assertThat(gyumri.getJsonArray("variants").getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("text")).isEqualTo("Leninakan");
                    assertThat(v.getString("validFrom")).isEqualTo("1924-01-01");
                    assertThat(v.getString("validTo")).isEqualTo("1990-12-31");
                });
    }

    @Test
    void onlyNamesOfThePlacesAskedFor() {
        String all = bodies.toString();
        assertThat(all).doesNotContain("London", "Smallville", "England", "FRU", "wikipedia", "Харків'ян");
        assertThat(bodies).hasSize(6);
    }
}
