package org.livebrief.briefing;

import java.util.List;

/**
 * The name authority's own spellings of names in the other script of a two-alphabet language (issue #18, item 4):
 * "Володимир Зеленски" read in Latin is the registered "Volodimir Zelenski", whatever the generic transform would
 * write. Implemented by the {@code names} package, which the publishing packages may not call (like {@link Datelines}).
 */
public interface ScriptNames {

    /** A name the authority knows at {@code start}–{@code end} (UTF-16) of the text, and its registered form. */
    record Form(int start, int end, String text) {
    }

    /** Nothing is known: every name goes through the transform. */
    ScriptNames NONE = (text, language, target) -> List.of();

    /**
     * The names in {@code text} (written in {@code language}) that have a registered spelling under {@code targetTag}
     * ({@code sr-Latn}), in text order, not overlapping.
     */
    List<Form> in(String text, String language, String targetTag);
}
