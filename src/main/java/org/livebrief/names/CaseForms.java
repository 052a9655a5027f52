package org.livebrief.names;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The house spelling of a name in the grammatical case a found form of another spelling is in: "Киеве" (the
 * Russian locative of Киев) in Ukrainian text is "Києві", not "Київ". The case is read off the found word
 * and its nominative by {@link Declension}, in the languages whose alphabet has their letters (і ї є ґ only
 * Ukrainian, ы э ё Russian or Belarusian, ў only Belarusian, и Ukrainian or Russian); the house spelling is then
 * declined into that case. When the found word may be in several cases, they must all give the same house form (Russian Одессе is dative or locative,
 * Ukrainian Одесі both). When the case cannot be told or the house form cannot be made, the suggestion is the
 * nominative and says so: a hint, not a fix.
 */
final class CaseForms {

    /** Languages whose names take no case endings: the nominative is the fix. */
    private static final Set<String> CASELESS = Set.of("en");
    /** The lower-case letters of each language whose case forms {@link Declension} makes. */
    private static final List<Map.Entry<String, String>> ALPHABETS = List.of(
            Map.entry("uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’ʼ"),
            Map.entry("ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
            Map.entry("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя'’ʼ"));

    /** {@code text} in {@code cases}; {@code nominativeOnly} when the case was not determined. */
    record Suggestion(String text, List<Declension.Case> cases, boolean nominativeOnly) {
    }

    private CaseForms() {
    }

    /**
     * The house spelling {@code preferred} (a nominative, in {@code language}) in the case of {@code found},
     * whose words {@code reading} gives in the nominative, word for word.
     */
    static Suggestion suggest(String found, String reading, String preferred, String language, EntityType type) {
        if (!Declension.covers(language)) {
            return new Suggestion(preferred, List.of(), !CASELESS.contains(language));
        }
        List<Words.Word> foundWords = Words.of(found);
        List<Words.Word> readWords = Words.of(reading);
        List<Words.Word> houseWords = Words.of(preferred);
        if (foundWords.size() != readWords.size() || houseWords.size() != readWords.size()) {
            return nominative(preferred);
        }
        Set<Declension.Case> cases = EnumSet.complementOf(EnumSet.of(Declension.Case.NOMINATIVE));
        boolean inflected = false;
        for (int i = 0; i < foundWords.size(); i++) {
            String word = foundWords.get(i).text();
            String nominative = readWords.get(i).text();
            if (!word.equals(nominative)) {
                inflected = true;
                cases.retainAll(casesOf(word, nominative, type, isAdjective(reading, readWords, i, type)));
            }
        }
        if (!inflected || cases.isEmpty()) {
            return nominative(preferred);
        }
        String chosen = null;
        for (Declension.Case c : cases) {
            String form = decline(preferred, houseWords, foundWords, readWords, c, language, type);
            if (form == null || chosen != null && !chosen.equals(form)) {
                return nominative(preferred);
            }
            chosen = form;
        }
        return new Suggestion(chosen, List.copyOf(cases), false);
    }

    /**
     * Whether {@code found} is {@code nominative} or one of its case forms in {@code language} (Ukrainian or
     * Russian; letter case aside, so a headline's КИЄВІ is a form of Київ).
     */
    static boolean isFormOf(String found, String nominative, String language, EntityType type) {
        List<Words.Word> foundWords = Words.of(found);
        List<Words.Word> words = Words.of(nominative);
        if (!Declension.covers(language) || foundWords.size() != words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = foundWords.get(i).text();
            boolean adjective = isAdjective(nominative, words, i, type);
            if (!word.equalsIgnoreCase(words.get(i).text()) && Declension.of(words.get(i).text(), language, type, adjective)
                    .values().stream().flatMap(List::stream).noneMatch(word::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    private static Suggestion nominative(String preferred) {
        return new Suggestion(preferred, List.of(), true);
    }

    /** The cases in which {@code nominative} takes the form {@code word}. */
    private static Set<Declension.Case> casesOf(String word, String nominative, EntityType type, boolean adjective) {
        Set<Declension.Case> cases = EnumSet.noneOf(Declension.Case.class);
        for (String language : languagesOf(word + nominative)) {
            for (Map.Entry<Declension.Case, List<String>> forms : Declension.of(nominative, language, type, adjective).entrySet()) {
                if (forms.getValue().stream().anyMatch(word::equalsIgnoreCase)) {
                    cases.add(forms.getKey());
                }
            }
        }
        return cases;
    }

    /** The languages whose alphabet has every letter of {@code text}; all three when none has. */
    static List<String> languagesOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> languages = new java.util.ArrayList<>(3);
        for (Map.Entry<String, String> alphabet : ALPHABETS) {
            if (lower.chars().allMatch(c -> !Character.isLetter(c) || alphabet.getValue().indexOf(c) >= 0)) {
                languages.add(alphabet.getKey());
            }
        }
        return languages.isEmpty() ? ALPHABETS.stream().map(Map.Entry::getKey).toList() : languages;
    }

    /**
     * {@code preferred} with each word declined into case {@code c}; a word that was not inflected where it
     * was found (Ірини Верещук) stays as it is. Null when a word has no form in that case.
     */
    private static String decline(String preferred, List<Words.Word> houseWords, List<Words.Word> foundWords,
                                  List<Words.Word> readWords, Declension.Case c, String language, EntityType type) {
        StringBuilder result = new StringBuilder(preferred);
        for (int i = houseWords.size() - 1; i >= 0; i--) {
            Words.Word word = houseWords.get(i);
            String found = foundWords.get(i).text();
            if (found.equals(readWords.get(i).text())) {
                continue;
            }
            List<String> forms = Declension.of(word.text(), language, type, isAdjective(preferred, houseWords, i, type)).get(c);
            if (forms == null) {
                return null;
            }
            boolean upper = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT));
            String form = upper ? forms.get(0).toUpperCase(Locale.ROOT) : forms.get(0);
            result.replace(word.start(), word.end(), form);
        }
        return result.toString();
    }

    /** In a place's name of several words, a word before the last and joined by a space is an adjective (Біла Церква). */
    private static boolean isAdjective(String text, List<Words.Word> words, int i, EntityType type) {
        return type == EntityType.PLACE && i < words.size() - 1
                && text.substring(words.get(i).end(), words.get(i + 1).start()).isBlank();
    }
}
