package org.livebrief.briefing;

/** The tests' own Serbian Latin of a Cyrillic word: ICU's transform, so the expected text is not typed by hand. */
final class Transcriptions {

    private Transcriptions() {
    }

    static String latin(String cyrillic) {
        return Scripts.of("sr", "Latn").orElseThrow().text(cyrillic);
    }
}
