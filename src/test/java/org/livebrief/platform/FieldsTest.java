package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zelenskiy", "Зеленський", "tab\there", "line\nbreak", "emoji 😀", "ﬁ ligature"})
    void ordinaryTextIsClean(String text) {
        assertThat(Fields.isCleanText(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "c1\u0085", "lone \uD800 high", "lone \uDC00 low", "end \uD83D",
            "noncharacter \uFFFF"})
    void controlsAndLoneSurrogatesAreNot(String text) {
        assertThat(Fields.isCleanText(text)).isFalse();
    }

    @Test
    void lengthsCountUtf16UnitsAsH2CountsVarchar() {
        // H2 refuses two emoji in a VARCHAR(3): "Value too long for column" (a 500 before this check counted them).
        Fields fields = new Fields();
        fields.text("title", "😀x", true, 3);
        fields.throwIfAny();
        fields.text("title", "😀".repeat(2), true, 3);
        ProblemException problem = catchThrowableOfType(ProblemException.class, fields::throwIfAny);
        assertThat(problem.problem().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("at most 3"));
    }

    @Test
    void requiredTextMustNotBeBlank() {
        Fields fields = new Fields();
        assertThat(fields.text("title", "   ", true, 10)).isEmpty();
        assertThat(catchThrowableOfType(ProblemException.class, fields::throwIfAny).problem().status()).isEqualTo(400);
    }
}
