package org.livebrief.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GenericWordsTest {

    @Test
    void centralAsianWaterWordsHaveTheirOwnMeaning() {
        // Uzbek and Tajik name rivers daryo/дарё (Amudaryo, Сирдарё); their seas are dengiz/баҳр, the
        // Kazakh, Kyrgyz and Turkmen ones теңіз/деңиз/deňiz.
        assertEquals("river", GenericWords.meaning("Daryo"));
        assertEquals("river", GenericWords.meaning("дарё"));
        assertEquals("river", GenericWords.meaning("daryosi"));
        assertEquals("sea", GenericWords.meaning("dengizi"));
        assertEquals("sea", GenericWords.meaning("Теңізі"));
        assertEquals("sea", GenericWords.meaning("deňiz"));
        assertEquals("lake", GenericWords.meaning("кӯл"));
    }

    @Test
    void stemsMatchInflectedFormsAndOtherWordsAreNotGeneric() {
        assertEquals("region", GenericWords.meaning("Областью"));
        assertEquals("region", GenericWords.meaning("obwodu"));
        assertNull(GenericWords.meaning("Hrodna"));
        assertNull(GenericWords.meaning("Amu"));
    }

    @Test
    void everyWordHasOneMeaning() {
        // add() refuses a word listed under two meanings when the class loads; this loads it and checks the
        // meanings are the ones the matching rules name.
        assertEquals(true, GenericWords.meanings().containsAll(java.util.List.of("region", "raion", "sea", "river",
                "lake", "city", "south", "north", "east", "west")));
    }

    @Test
    void greekCapitalsFoldWithoutTheFinalSigmaRule() {
        // Folding.lower maps Σ to σ before lower-casing (no word BreakIterator per word); the keys are the same.
        assertEquals(Folding.fold("σερρες"), Folding.fold("ΣΕΡΡΕΣ"));
        assertEquals(NameKeys.skeleton("Αθήνας"), NameKeys.skeleton("ΑΘΗΝΑΣ"));
        assertEquals("σοσ", Folding.lower("ΣΟΣ"));
    }
}
