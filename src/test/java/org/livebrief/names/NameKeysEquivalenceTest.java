package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass name-key analysis computes exactly the keys of the analysis it replaced
 * ({@link LegacyNameKeys}): same skeletons, same penalties, same order, for every word of the shared texts
 * and for generated words that mix the letters where the two could differ.
 */
class NameKeysEquivalenceTest {

    /** Letters that start graphemes or change readings, plainer letters, and characters that take special paths. */
    private static final String ALPHABET = "aceghijkorstuwxyzdpqnlmbfv"
            + "CHSZJKTY'’ʼ-"
            + "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёыэъўАБГҐЄЖЇЙЩЮЯЁ"
            + "žżźšśčćçşșțğıłßøæœđðþëâûêŭřñéáíóúüöäèàìòăőűŽŁŚ"
            + "\u0301\u0308\u0483İΑαβγδΣσςἀΜαριούποληאבגדابتجდის";

    @Test
    void wordsOfTheSharedTextsHaveTheSameKeys() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        for (Path file : sharedTexts()) {
            Words.of(Files.readString(file)).forEach(word -> words.add(word.text()));
        }
        assertThat(words).hasSizeGreaterThan(500);
        assertSameKeys(words);
    }

    @Test
    void everyShortWordOverTheTriggerLettersHasTheSameKeys() {
        String letters = "acdeghijkorstuxyz";
        List<String> words = new ArrayList<>();
        words.add("");
        for (int length = 1; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String word : words) {
                if (word.length() == length - 1) {
                    for (char c : letters.toCharArray()) {
                        longer.add(word + c);
                    }
                }
            }
            words.addAll(longer);
        }
        assertSameKeys(words);
    }

    @Test
    void everyCharacterOfTheSimplePathFoldsAsBefore() {
        List<String> words = new ArrayList<>();
        for (char c = 1; c < 0x3100; c++) {
            words.add(String.valueOf(c));
            words.add("Ka" + c + "sa");
        }
        assertSameKeys(words);
    }

    @Test
    void generatedWordsHaveTheSameKeys() {
        Random random = new Random(20261126);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            int length = 1 + random.nextInt(12);
            StringBuilder word = new StringBuilder(length);
            // Mostly one script per word, as in text; sometimes anything.
            int from = random.nextInt(4) == 0 ? 0 : random.nextInt(3) * 26;
            int span = from == 0 && random.nextBoolean() ? ALPHABET.length() : 26 + 12;
            for (int j = 0; j < length; j++) {
                word.append(ALPHABET.charAt(Math.min(ALPHABET.length() - 1, from + random.nextInt(span))));
            }
            words.add(word.toString());
        }
        assertSameKeys(words);
    }

    @Test
    void textsSplitIntoTheSameWordsAsBefore() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : sharedTexts()) {
            texts.add(Files.readString(file));
        }
        Random random = new Random(4);
        String alphabet = ALPHABET + " .,;:!?\"'’ʼ`´-\u200C\n\t0123456789s\uD835\uDC00\uD800";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Words.of(text)).as(text).isEqualTo(LegacyWords.of(text));
        }
    }

    /** {@code Words.of} as it was before its ASCII fast path. */
    private static final class LegacyWords {
        static List<Words.Word> of(String text) {
            List<Words.Word> words = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (!isLetter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                    continue;
                }
                int start = i;
                while (i < text.length() && (isLetter(text.codePointAt(i)) || isJoiner(text, i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                int end = withoutPossessive(text, start, i);
                words.add(new Words.Word(text.substring(start, end), start, end));
            }
            return words;
        }

        static boolean isLetter(int codePoint) {
            return Character.isLetter(codePoint) && !Words.isApostrophe(codePoint)
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK;
        }

        private static boolean isJoiner(String text, int i) {
            char c = text.charAt(i);
            boolean joiner = Words.isApostrophe(c) || c == '\u200C';
            return joiner && i + 1 < text.length() && isLetter(text.codePointAt(i + 1));
        }

        private static int withoutPossessive(String text, int start, int end) {
            if (end - start > 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && Words.isApostrophe(text.charAt(end - 2)) && text.charAt(end - 3) < 'ʰ') {
                return end - 2;
            }
            return end;
        }
    }

    @Test
    void asciiLettersOfWordsAreTheUnicodeLetters() {
        for (char c = 0; c < 0x80; c++) {
            boolean unicode = Character.isLetter(c) && !Words.isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            assertThat(Words.isLetter(c)).as("U+%04X", (int) c).isEqualTo(unicode);
        }
    }

    private static void assertSameKeys(Iterable<String> words) {
        List<String> differences = new ArrayList<>();
        for (String word : words) {
            List<NameKeys.Key> expected = LegacyNameKeys.analyze(word);
            if (!NameKeys.analyze(word).equals(expected) || !NameKeys.skeleton(word).equals(LegacyNameKeys.skeleton(word))) {
                differences.add(word + ": " + NameKeys.analyze(word) + " instead of " + expected);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<Path> sharedTexts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/work/shared/seeds", "/work/shared/data")) {
            Path path = Path.of(dir);
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".txt")).forEach(files::add);
                }
            }
        }
        // The product's own texts: starter data, house styles, demo briefings and names.
        for (String dir : List.of("src/main/resources/names", "src/main/resources/demo")) {
            try (Stream<Path> list = Files.walk(Path.of(dir))) {
                list.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
