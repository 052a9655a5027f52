package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms around a name that are read by rule or open data, never listed per name: region phrases
 * (adjective or noun, any administrative word, the colloquial -щина), generic words in other languages,
 * acronyms derived from the registered name (also of its first words), the Latin -ia ending of lands, CLDR's
 * exonyms, an organisation's kind left unsaid, conjunctions, the Persian ezafe and Turkic patronymics read
 * through, Russian ё printed as е, Romanian ch, and the guard against a final vowel that makes another name. None of these entities or spellings is in the shared
 * development data; each entity is registered as the evaluation registers them: native names and one
 * English spelling.
 */
class NameFormsTest {

    static final NameIndex INDEX = NameIndex.of(List.of(
            card(1, EntityType.PLACE, "uk", "Херсон", "ru", "Херсон", "en", "Kherson"),
            card(2, EntityType.PLACE, "uk", "Херсонська область", "ru", "Херсонская область", "en", "Kherson region"),
            card(3, EntityType.PLACE, "be", "Віцебская вобласць", "ru", "Витебская область", "en", "Vitsebsk region"),
            card(4, EntityType.PLACE, "be", "Віцебск", "ru", "Витебск", "en", "Vitsebsk"),
            card(5, EntityType.PLACE, "ru", "Краснодарский край", "en", "Krasnodar Krai"),
            card(6, EntityType.ORGANIZATION, "ku", "Partiya Karkerên Kurdistanê", "en", "Kurdistan Workers' Party"),
            card(7, EntityType.PLACE, "ka", "საქართველო", "en", "Georgia"),
            card(8, EntityType.PLACE, "ka", "თბილისი", "en", "Tbilisi"),
            card(9, EntityType.PLACE, "uk", "Калініно", "ru", "Калинино", "en", "Kalinino"),
            card(10, EntityType.PLACE, "mk", "Северна Македонија", "en", "North Macedonia"),
            card(11, EntityType.PLACE, "ru", "Южно-Сахалинск", "en", "Yuzhno-Sakhalinsk"),
            card(12, EntityType.PLACE, "en", "Georgia", "es", "Georgia"),
            card(13, EntityType.PERSON, "ru", "Пётр Толстой", "en", "Pyotr Tolstoy"),
            card(14, EntityType.PLACE, "ro", "Chișinău", "en", "Chisinau"),
            card(15, EntityType.ORGANIZATION, "be", "Полк імя Кастуся Каліноўскага", "en", "Kastus Kalinouski Regiment"),
            card(16, EntityType.ORGANIZATION, "uk", "Служба зовнішньої розвідки України", "en", "Foreign Intelligence Service of Ukraine"),
            card(17, EntityType.PLACE, "ru", "Санкт-Петербург", "en", "Saint Petersburg"),
            card(18, EntityType.PLACE, "fa", "بندر انزلی", "en", "Bandar-e Anzali"),
            card(19, EntityType.PLACE, "bs", "Bosna i Hercegovina", "en", "Bosnia and Herzegovina"),
            card(20, EntityType.PERSON, "az", "Ramiz Ənvər oğlu Mehdiyev", "en", "Ramiz Mehdiyev"),
            card(21, EntityType.ORGANIZATION, "ru", "ЧВК «Редут»", "en", "Redut Group"),
            card(22, EntityType.PLACE, "ru", "Нагорный Карабах", "en", "Nagorno-Karabakh"),
            card(23, EntityType.PLACE, "be", "Барысаў", "ru", "Борисов"),
            card(24, EntityType.PERSON, "ru", "Сергей Шойгу", "en", "Sergei Shoigu")).stream().map(NameCard::indexEntry).toList());

    static NameCard card(long id, EntityType type, String... languagesAndNames) {
        List<NameSpelling> spellings = new ArrayList<>();
        for (int i = 0; i < languagesAndNames.length; i += 2) {
            spellings.add(NameSpelling.name(languagesAndNames[i], languagesAndNames[i + 1]));
        }
        return new NameCard(id, type, spellings, List.of());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kherson                    | 1
            Kherson Oblast             | 2
            Khersonska oblast          | 2
            Khersonskaya Oblast        | 2
            Херсонщина                 | 2
            Khersonshchyna             | 2
            Obwód chersoński           | 2
            Cherson Region             | 2
            Vitebsk Oblast             | 3
            Vitebsk region             | 3
            Віцебшчына                 | 3
            Viciebsk                   | 4
            Krasnodar region           | 5
            Krasnodarskiy kray         | 5
            PKK                        | 6
            Tiflis                     | 8
            Tbilissi                   | 8
            Géorgie                    | 7
            Georgien                   | 7
            Gürcistan                  | 7
            Macédoine du Nord          | 10
            Kuzey Makedonya            | 10
            Северная Македония         | 10
            Петр Толстой               | 13
            Petr Tolstoy               | 13
            Кишинэу                    | 14
            Kastus Kalinouski          | 15
            Kastus Kalinouski Battalion | 15
            СЗР                        | 16
            SZR                        | 16
            St. Petersburg             | 17
            Sankt-Peterburg            | 17
            Bandar-i-Anzali            | 18
            Bandar Anzali              | 18
            Bosnia-Herzegovina         | 19
            Ramiz Mehdiyev             | 20
            Ramiz Ənvər oğlu Mehdiyev  | 20
            Redut                      | 21
            PMC Redut                  | 21
            Bergkarabach               | 22
            Mountainous Karabakh       | 22
            Barysaw                    | 23
            Barysaŭ                    | 23
            Borisov                    | 23
            Shoigi                     | 24
            """)
    void resolvesByRuleAndOpenData(String query, long expected) {
        assertThat(INDEX.resolve(query, 3).matches()).as(query).first()
                .extracting(NameIndex.Match::entityId).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} resolves to nothing")
    @CsvSource(textBlock = """
            Kalinin
            Калинин
            pkk
            Pkk
            Vitsebsk Kherson
            South Macedonia
            Group
            Regiment
            Intelligence Service
            Karabakh Regiment
            """)
    void guardsAgainstFalseMerges(String query) {
        assertThat(INDEX.resolve(query, 3).matches()).as(query).isEmpty();
    }

    @Test
    void aCityNeverResolvesToItsRegionNorTheRegionToTheCity() {
        assertThat(INDEX.resolve("Херсон", 3).matches()).extracting(NameIndex.Match::entityId).containsExactly(1L);
        assertThat(INDEX.resolve("Vitsebsk region", 3).matches()).extracting(NameIndex.Match::entityId).containsExactly(3L);
    }

    @Test
    void cldrNamesNeedANativeNameThatAgrees() {
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("en", "Georgia"))).as("English alone").isEmpty();
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("ka", "საქართველო", "en", "Georgia")))
                .contains("Géorgie", "Gürcistan", "Грузия");
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("ka", "საქართველო", "ru", "Абхазия")))
                .as("a native name that disagrees").isEmpty();
    }

    @Test
    void subdivisionsGetTheirNamesInOtherLanguagesFromIsoCodes() {
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("be", "Гродзенская вобласць", "ru", "Гродненская область",
                "en", "Grodno Region"))).contains("obwód grodzieński", "Гродненська область", "Grodnenskaja oblast'");
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("ka", "აჭარა", "en", "Adjara")))
                .contains("Adscharien", "Аджария", "Adżaria");
        // The uk list names the Shirak region without its administrative word, the ru list with it: not a conflict.
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("ru", "Ширакская область", "uk", "Ширак")))
                .contains("Szirak", "Širak");
    }

    @Test
    void aCityTakesNoneOfItsRegionsPhrases() {
        // Kabul city agrees with the province's bare names (Кабул), and takes only names without a unit's word.
        List<String> kabul = CldrPlaces.get().exonyms(java.util.Map.of("uk", "Кабул", "en", "Kabul"));
        assertThat(kabul).contains("Kaboul", "Kabil");
        assertThat(kabul).noneMatch(CldrPlaces::namesUnit);
        // A city registered with an oblast's bare adjective gets nothing: no subdivision is named that.
        assertThat(CldrPlaces.get().exonyms(java.util.Map.of("ru", "Луганская", "uk", "Луганська")))
                .noneMatch(CldrPlaces::namesUnit);
        assertThat(CldrPlaces.namesUnit("Ширакская область")).isTrue();
        assertThat(CldrPlaces.namesUnit("Republika Czeczeńska")).isTrue();
        assertThat(CldrPlaces.namesUnit("Adscharien")).isFalse();
    }

    @Test
    void acronymsComeFromTheInitialsOfNamesOfThreeWordsOrMore() {
        assertThat(AnalyzedName.acronym("Ushtria Çlirimtare e Kosovës")).isEqualTo("UÇK");
        assertThat(AnalyzedName.acronym("Горно-Бадахшанская автономная область")).isEqualTo("ГБАО");
        assertThat(AnalyzedName.acronym("Sea of Azov")).isNull();
        assertThat(AnalyzedName.isAcronym("NATO")).isTrue();
        assertThat(AnalyzedName.isAcronym("Nato")).isFalse();
    }

    @Test
    void genericWordsAreReadInTheirInflectedForms() {
        assertThat(GenericWords.meaning("Южной")).isEqualTo("south");
        assertThat(GenericWords.meaning("автономного")).isEqualTo("autonomous");
        assertThat(GenericWords.meaning("Вобласць")).isEqualTo("region");
        assertThat(GenericWords.meaning("Южноафриканская")).as("a stem with a long ending is another word").isNull();
        assertThat(GenericWords.meaning("Kherson")).isNull();
    }
}
