package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderPageModelTest {

    @Test
    void keyEventHeadlineIsTheFirstSentence() {
        assertThat(ReaderPageModel.headline("A rocket struck Mykolayiv. Three people died.")).isEqualTo("A rocket struck Mykolayiv.");
        assertThat(ReaderPageModel.headline("Ракета влучила в Миколаїв. Загинули троє.")).isEqualTo("Ракета влучила в Миколаїв.");
    }

    @Test
    void longFirstSentencesAreCutAtAWord() {
        String headline = ReaderPageModel.headline("word ".repeat(60).strip() + ".");
        assertThat(headline).endsWith("word…").hasSizeLessThanOrEqualTo(121);
    }
}
