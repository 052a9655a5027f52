package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarterNamesTest {

    @Test
    void everyRenamedPlaceIsValidAndKeepsItsFormerName() {
        List<NameRequest> places = StarterNames.read();
        assertThat(places).hasSizeGreaterThanOrEqualTo(20);
        for (NameRequest place : places) {
            NameRequest.Valid valid = place.validate();
            assertThat(valid.type()).isEqualTo(EntityType.PLACE);
            assertThat(valid.names()).containsKey("uk");
            assertThat(valid.variants()).isNotEmpty().allSatisfy(v -> assertThat(v.kind()).isEqualTo(NameKind.HISTORICAL));
        }
    }

    @Test
    void formerNamesResolveToTheCurrentPlace() {
        List<NameRequest> places = StarterNames.read();
        List<NameIndex.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            NameRequest.Valid valid = places.get(i).validate();
            List<NameIndex.Form> forms = new java.util.ArrayList<>();
            valid.names().values().forEach(n -> forms.add(new NameIndex.Form(n, 1.0)));
            valid.variants().forEach(v -> forms.add(new NameIndex.Form(v.text(), v.weight())));
            entries.add(new NameIndex.Entry(i, EntityType.PLACE, forms));
        }
        NameIndex index = NameIndex.of(entries);
        assertThat(index.resolve("Artemovsk", 1).matches()).first()
                .extracting(m -> places.get((int) m.entityId()).names().get("uk")).isEqualTo("Бахмут");
        assertThat(index.resolve("Kirovograd", 1).matches()).first()
                .extracting(m -> places.get((int) m.entityId()).names().get("uk")).isEqualTo("Кропивницький");
    }

    @Test
    void csvImportReadsLanguagesVariantsAndDatedFormerNames() {
        List<NameRequest> rows = NameImport.fromCsv("""
                type,uk,ru,variants,historical
                place,Бахмут,"Бахмут",Bachmut;Bakhmout,Артемівськ/2016-02-04
                """);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.names()).containsEntry("uk", "Бахмут").containsEntry("ru", "Бахмут");
            assertThat(r.variants()).extracting(NameRequest.Variant::text)
                    .containsExactly("Bachmut", "Bakhmout", "Артемівськ");
            assertThat(r.variants().get(2).validTo()).hasToString("2016-02-04");
        });
    }
}
