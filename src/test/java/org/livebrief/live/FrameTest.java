package org.livebrief.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void eventHasIdNameDataAndABlankLine() {
        Frame frame = Frame.event(42, "entry-published", "{\"id\":7}");
        assertThat(frame.text()).isEqualTo("id: 42\nevent: entry-published\ndata: {\"id\":7}\n\n");
        assertThat(frame.seq()).isEqualTo(42);
        assertThat(frame.hasSeq()).isTrue();
    }

    @Test
    void multiLineDataBecomesOneDataLinePerLineWhateverTheLineEnding() {
        Frame frame = Frame.event(1, "x", "a\r\nb\rc\nd");
        assertThat(frame.text()).isEqualTo("id: 1\nevent: x\ndata: a\ndata: b\ndata: c\ndata: d\n\n");
    }

    @Test
    void emptyDataStillDispatchesAnEvent() {
        assertThat(Frame.event(3, "x", "").text()).endsWith("data: \n\n");
    }

    @Test
    void nonAsciiDataIsUtf8() {
        Frame frame = Frame.event(5, "entry-updated", "{\"body\":\"Запоріжжя\"}");
        assertThat(frame.bytes()).isEqualTo("id: 5\nevent: entry-updated\ndata: {\"body\":\"Запоріжжя\"}\n\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void commentsAndRetryHintsCarryNoSequence() {
        assertThat(Frame.comment("heartbeat").text()).isEqualTo(": heartbeat\n\n");
        assertThat(Frame.comment("heartbeat").hasSeq()).isFalse();
        assertThat(Frame.retry(3000, "connected").text()).isEqualTo("retry: 3000\n: connected\n\n");
    }

    @Test
    void lineBreaksCannotBeSmuggledIntoFieldsThatMustBeOneLine() {
        assertThatThrownBy(() -> Frame.event(1, "a\ndata: evil", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Frame.comment("a\r\nid: 9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Frame.event(-5, "x", "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
