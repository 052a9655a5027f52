package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarterNamesTest {

    @Test
    void everyPlaceIsValidAndHoldsMoreThanItsUkrainianAndRussianNames() {
        List<NameRequest> places = StarterNames.read();
        assertThat(places).hasSizeGreaterThanOrEqualTo(50);
        for (NameRequest place : places) {
            NameRequest.Valid valid = place.validate();
            assertThat(valid.type()).isEqualTo(EntityType.PLACE);
            assertThat(valid.names()).containsKey("uk");
            assertThat(valid.variants()).allSatisfy(v -> assertThat(v.language()).isNotBlank());
            boolean knowledge = valid.variants().stream().anyMatch(v -> v.kind() == NameKind.HISTORICAL)
                    || valid.names().keySet().stream().anyMatch(language -> !List.of("uk", "ru").contains(language));
            assertThat(knowledge).as("%s holds a former name or a name in another language", valid.names()).isTrue();
        }
    }

    @Test
    void noNameOfOnePlaceIsANameOfAnother() {
        java.util.Map<String, Integer> holders = new java.util.HashMap<>();
        List<NameRequest> places = StarterNames.read();
        for (int i = 0; i < places.size(); i++) {
            NameRequest.Valid valid = places.get(i).validate();
            java.util.Set<String> own = new java.util.HashSet<>();
            valid.names().values().forEach(n -> own.add(EntityName.fold(n)));
            valid.variants().forEach(v -> own.add(EntityName.fold(v.text())));
            for (String name : own) {
                Integer other = holders.putIfAbsent(name, i);
                assertThat(other).as("'%s' of place %d is also held by place %s", name, i, other).isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Stalino          | Донецьк
            Yuzovka          | Донецьк
            Hughesovka       | Донецьк
            Zhdanov          | Маріуполь
            Voroshilovgrad   | Луганськ
            Yekaterinoslav   | Дніпро
            Elisavetgrad     | Кропивницький
            Zinovievsk       | Кропивницький
            Aleksandrovsk    | Запоріжжя
            Proskurov        | Хмельницький
            Stanyslaviv      | Івано-Франківськ
            Lemberg          | Львів
            Czernowitz       | Чернівці
            Ungvar           | Ужгород
            Akkerman         | Білгород-Дністровський
            Shchors          | Сновськ
            Novomoskovsk     | Самар
            Yuzhnoukrainsk   | Південноукраїнськ
            Chervonoarmeysk  | Радивилів
            """)
    void formerAndForeignNamesInOtherSpellingsResolveToTheCurrentPlace(String query, String current) {
        assertThat(starterIndex().resolve(query, 1).matches()).first()
                .extracting(m -> StarterNames.read().get((int) m.entityId()).names().get("uk")).isEqualTo(current);
    }

    private static NameIndex starterIndex() {
        List<NameRequest> places = StarterNames.read();
        List<NameIndex.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            NameRequest.Valid valid = places.get(i).validate();
            List<NameIndex.Form> forms = new java.util.ArrayList<>();
            valid.names().values().forEach(n -> forms.add(new NameIndex.Form(n, 1.0)));
            valid.variants().forEach(v -> forms.add(new NameIndex.Form(v.text(), v.weight())));
            entries.add(new NameIndex.Entry(i, EntityType.PLACE, forms));
        }
        return NameIndex.of(entries);
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
