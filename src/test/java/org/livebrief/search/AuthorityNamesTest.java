package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.livebrief.names.EntityType;
import org.livebrief.names.NameCard;
import org.livebrief.names.NameDirectory;
import org.livebrief.names.NameKind;
import org.livebrief.names.NameSpelling;
import org.livebrief.names.NameStatus;
import org.junit.jupiter.api.Test;

/**
 * A reader's query widened by the name authority ({@link AuthorityNames}). The places are registered as a newsroom
 * registers them (native names and one English name); none is in the shared development data.
 */
class AuthorityNamesTest {

    static final NameDirectory.Snapshot NAMES = snapshot(
            card(1, "kk", "Қарағанды", "ru", "Караганда", "en", "Karaganda"),
            card(2, "ky", "Бишкек", "ru", "Бишкек", "en", "Bishkek"),
            card(3, "sr", "Ниш", "en", "Nis"));

    static NameCard card(long id, String... languagesAndNames) {
        List<NameSpelling> spellings = new ArrayList<>();
        for (int i = 0; i < languagesAndNames.length; i += 2) {
            spellings.add(new NameSpelling(languagesAndNames[i + 1], languagesAndNames[i], null, NameKind.NAME,
                    NameStatus.PREFERRED, null, null));
        }
        return new NameCard(id, EntityType.PLACE, spellings, List.of());
    }

    static NameDirectory.Snapshot snapshot(NameCard... cards) {
        return NameDirectory.Snapshot.of(List.of(cards));
    }

    @Test
    void aRegisteredNameAlsoMatchesItsEntitysOtherNames() {
        String widened = AuthorityNames.widen("Караганда strike", NAMES);
        assertThat(widened).startsWith("(Караганда | ").endsWith(") strike")
                .contains("| \"Қарағанды\"").doesNotContain("Бишкек");
        // Karaganda has Караганда's name keys: the query has them already.
        assertThat(widened).doesNotContain("\"Karaganda\"");
    }

    @Test
    void aFormerNameFromGeoNamesFindsTheTownByItsNames() {
        assertThat(AuthorityNames.widen("Frunze", NAMES)).startsWith("(Frunze | ").contains("\"Бишкек\"", "\"Pishpek\"");
    }

    @Test
    void twoNamesInOneQueryAreEachWidened() {
        String widened = AuthorityNames.widen("Ниш and Караганда", NAMES);
        // Nis is not added: the name keys of Ниш reach it already (printed without the caron).
        assertThat(widened).startsWith("(Ниш | \"Nich\" | ").doesNotContain("\"Nis\"").contains(") and (Караганда | ")
                .endsWith(")");
    }

    @Test
    void aQueryWithoutARegisteredNameOrWithTheReadersOwnSyntaxIsLeftAlone() {
        for (String query : List.of("miners went on strike", "\"Караганда\" strike", "Караганда | Бишкек",
                "strike -Караганда", "Караганда+", "(Караганда)", "Караганда\\", "miners on strike across the region")) {
            assertThat(AuthorityNames.widen(query, NAMES)).as(query).isEqualTo(query);
        }
        assertThat(AuthorityNames.widened("a", "a")).isFalse();
    }

    @Test
    void aQueryTypedInLowerCaseIsReadForNamesToo() {
        assertThat(AuthorityNames.widen("strike in karaganda", NAMES)).startsWith("strike in (karaganda | ")
                .contains("\"Қарағанды\"").endsWith(")");
        assertThat(AuthorityNames.widen("караганда", NAMES)).startsWith("(караганда | ").contains("\"Қарағанды\"");
        assertThat(AuthorityNames.widen("frunze", NAMES)).contains("\"Бишкек\"");
        // Case forms too: києві is Київ in the locative.
        NameDirectory.Snapshot kyiv = snapshot(card(4, "uk", "Київ", "ru", "Киев", "en", "Kyiv"));
        assertThat(AuthorityNames.widen("страйк у києві", kyiv)).startsWith("страйк у (києві | ").endsWith(")");
        // A name of three letters typed in lower case is read as a word (nis, bar, mir), not as the town.
        assertThat(AuthorityNames.widen("nis", NAMES)).isEqualTo("nis");
        // A query with a capital letter anywhere is read as written: its writer chose where the names are.
        assertThat(AuthorityNames.widen("Strike in karaganda", NAMES)).isEqualTo("Strike in karaganda");
    }

    @Test
    void capitalisingKeepsTheLengthAndStartsWordsAfterHyphensButNotAfterApostrophes() {
        assertThat(AuthorityNames.capitalised("ivano-frankivsk kam'yanske 2024 ǆibouti"))
                .isEqualTo("Ivano-Frankivsk Kam'yanske 2024 ǅibouti");
        assertThat(AuthorityNames.isLowerCase("kyiv 2024")).isTrue();
        assertThat(AuthorityNames.isLowerCase("Kyiv")).isFalse();
        assertThat(AuthorityNames.isLowerCase("كابل")).isFalse();
        assertThat(AuthorityNames.isLowerCase("2024")).isFalse();
    }

    @Test
    void namesWithTheSyntaxsCharactersAreEscapedAndTheOthersAreBounded() {
        NameDirectory.Snapshot names = snapshot(card(9, "uk", "Івано-Франківськ", "ru", "Ивано-Франковск",
                "en", "Ivano-Frankivsk"));
        String widened = AuthorityNames.widen("Ивано-Франковск", names);
        assertThat(widened).contains("\"Івано\\-Франківськ\"", "\"Stanislav\"");
        assertThat(widened.split("\\| \"").length - 1).isLessThanOrEqualTo(AuthorityNames.MAX_FORMS);
    }

    @Test
    void aQueryOfManyNamesWidensOnlyItsFirstFewAndStaysWithinLucenesClauseLimit() {
        String query = "Ниш, Караганда, Бишкек, Frunze, ".repeat(7).strip();
        String widened = AuthorityNames.widen(query, NAMES);
        assertThat(widened).startsWith("(Ниш | ").contains("(Frunze | ").endsWith(query.substring(query.indexOf(" Ниш", 5)));
        assertThat(widened.chars().filter(c -> c == '(').count()).isEqualTo(AuthorityNames.MAX_NAMES);
        // A former name right after a capitalised word is read as a person's surname (Taras Shevchenko), as tagging
        // reads it, and not widened to the place's names.
        assertThat(AuthorityNames.widen("Karaganda Frunze", NAMES)).doesNotContain("(Frunze");
        assertThat(OpenSearchQueries.clauses(widened, true)).isLessThanOrEqualTo(AuthorityNames.MAX_CLAUSES);
        // Names are looked for in the query's first 80 characters.
        String late = "miners went on strike ".repeat(4) + "Frunze";
        assertThat(AuthorityNames.widen(late, NAMES)).isEqualTo(late);
        assertThat(AuthorityNames.widen(late.substring(22 * 3), NAMES)).contains("(Frunze | ");
    }

    @Test
    void fewerOtherNamesPerNameWhenAllOfThemWouldPassLucenesClauseLimit() {
        // Dnipro has 31 other names of its own keys (Dnepropetrovsk, Yekaterinoslav, Dnjepr …).
        NameDirectory.Snapshot names = snapshot(card(5, "uk", "Дніпро", "ru", "Днепр", "en", "Dnipro"));
        String one = AuthorityNames.widen("Dnipro", names);
        String four = AuthorityNames.widen("Dnipro, Dnepropetrovsk, Dnipro, Dnepropetrovsk", names);
        assertThat(OpenSearchQueries.clauses(one, true) * 4).isGreaterThan(AuthorityNames.MAX_CLAUSES);
        assertThat(OpenSearchQueries.clauses(four, true)).isLessThanOrEqualTo(AuthorityNames.MAX_CLAUSES)
                .isLessThan(org.apache.lucene.search.IndexSearcher.getMaxClauseCount());
        long perName = four.substring(0, four.indexOf(')')).split("\\| \"").length - 1;
        assertThat(perName).isPositive().isLessThan(one.split("\\| \"").length - 1);
    }

    @Test
    void anOtherNameWhoseKeysTheQueryHasIsLeftOut() {
        String widened = AuthorityNames.widen("Bishkek", NAMES);
        // Biškek and Bişkek are Bishkek's keys again; Frunze and Pishpek are names of their own.
        assertThat(widened).doesNotContain("\"Biškek\"", "\"Bişkek\"").contains("\"Frunze\"", "\"Pishpek\"");
    }

    @Test
    void theOpenSearchBackendGetsTheWidenedQueryAsGroups() {
        String widened = AuthorityNames.widen("Караганда strike", NAMES);
        String json = OpenSearchQueries.query(widened, true).toString();
        // One required group (the name or its other names) beside the required word.
        assertThat(json).contains("\"should\"", "\"qaragandi\"", "\"strike\"");
        assertThat(OpenSearchQueries.clauses(widened, true)).isGreaterThan(OpenSearchQueries.clauses("Караганда strike", false));
    }
}
