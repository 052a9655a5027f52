package org.livebrief.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The other forms a name may take in running text, for name-key analysis: Ukrainian, Russian and Belarusian
 * case endings undone (Бяляцкага → Бяляцк-ий, Салігорскам → Салігорск)
 * (Зеленського → Зеленський, Зеленської → Зеленська, Києві → Києв), the vowel alternation of
 * a closed last syllable (Київ ↔ Києв, Харків ↔ Харков, Львів ↔ Львов), and a Latin final vowel dropped
 * (Shevchenko → Shevchenk, which Шевченка also reaches). Adjective-type surnames keep their gender: the
 * masculine forms lead to -ий, the feminine ones to -а, so Zelenska stays apart from Zelenskiy (a feminine or
 * Мінськ-type form also gets its bare stem, which no masculine form reaches: Мінська → Мінськ). Letters that
 * running text writes two ways are read both ways ({@link #respelled}: Могилёв and Могилев, Магілёў and Магілёва).
 *
 * <p>This is a light, rule-based normaliser, not a morphological analyser: it over-generates on purpose
 * (a wrong extra form costs a little precision; a missing one loses a hit), and the word itself is always
 * one of the forms.
 */
final class SlavicForms {

    /** Stems of adjective-type names: Зеленськ-, Троцьк-, Вяземск-, Полтавск-. */
    private static final String[] ADJECTIVE_STEMS = {"ськ", "цьк", "зьк", "ск", "цк", "зк"};
    private static final String[] MASCULINE = {"ого", "ому", "ими", "им", "ім", "ий", "ый", "ом", "ій",
        // Belarusian: Бяляцкі, Бяляцкага, Бяляцкаму, Бяляцкім, Навуменкавы
        "ага", "аму", "ым", "і", "ы"};
    private static final String[] FEMININE = {"ою", "ої", "ую", "ая", "ой", "ей", "а", "у",
        // Belarusian: Светлагорскай, Светлагорскаю
        "ай", "аю"};
    /** Noun case endings, longest first; "ів" is left out because it ends so many nominatives (Харків). */
    private static final String[] NOUN = {"ами", "ями", "ові", "еві", "єві", "ом", "ем", "єм", "ою", "ею", "єю",
        "ах", "ях", "ам", "ой", "ей", "ай", "а", "я", "у", "ю", "і", "и", "ы", "е", "ї", "о", "ь"};
    private static final int MIN_STEM = 3;

    private SlavicForms() {
    }

    /** {@code word} (lower case) and its other forms, without duplicates; the word itself first. */
    static List<String> of(String word) {
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        if (isCyrillic(word)) {
            addCaseForms(forms, word);
            for (String respelled : respelled(word)) {
                add(forms, respelled);
                addCaseForms(forms, respelled);
            }
        } else if (word.length() > 4 && isLatinVowelEnd(word)) {
            add(forms, word.substring(0, word.length() - 1));
        }
        return forms;
    }

    /**
     * The word as running text also writes it: Belarusian ў as the в it alternates with (Магілёў, Магілёва), which
     * is also how BGN/PCGN's w reads it (Mahilyow); Russian ё as е (Могилёв is mostly Могилев), and Ukrainian ьо for
     * Russian ё as е too (Могильов, Корольов), each with and without the other.
     */
    static List<String> respelled(String word) {
        boolean shortU = word.indexOf('ў') >= 0;
        boolean yo = word.indexOf('ё') >= 0 || word.contains("ьо");
        if (!shortU && !yo) {
            return List.of();
        }
        String withV = word.replace('ў', 'в');
        List<String> respelled = new ArrayList<>(3);
        if (shortU) {
            respelled.add(withV);
        }
        if (yo) {
            respelled.add(withoutYo(word));
            if (shortU) {
                respelled.add(withoutYo(withV));
            }
        }
        return respelled;
    }

    private static String withoutYo(String word) {
        return word.replace("ьо", "е").replace('ё', 'е');
    }

    private static void addCaseForms(List<String> forms, String word) {
        String adjective = adjectiveNominative(word);
        if (adjective != null) {
            add(forms, adjective);
            // A Belarusian masculine nominative (Бяляцкі, Светлагорскі) is no noun case: its bare stem would meet
            // the feminine forms' (Светлагорскай).
            if (!adjective.endsWith("ий") || !(word.endsWith("і") || word.endsWith("ы"))) {
                add(forms, nounStem(word));
            }
            return;
        }
        add(forms, alternate(word));
        for (String ending : NOUN) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                // Every ending that fits: Харкові is Харков-і, Шевченкові is Шевченк-ові.
                String stem = word.substring(0, word.length() - ending.length());
                add(forms, stem);
                add(forms, alternate(stem));
            }
        }
    }

    /** The nominative (masculine -ий or feminine -а) of an adjective-type name, or null. */
    static String adjectiveNominative(String word) {
        for (String stem : ADJECTIVE_STEMS) {
            int at = word.lastIndexOf(stem);
            if (at < 2) {
                continue;
            }
            String ending = word.substring(at + stem.length());
            String base = word.substring(0, at + stem.length());
            if (contains(MASCULINE, ending)) {
                return base + "ий";
            }
            if (contains(FEMININE, ending)) {
                return base + "а";
            }
        }
        return null;
    }

    /** The word without its longest case ending, if enough stem is left; else the word. */
    static String nounStem(String word) {
        for (String ending : NOUN) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Київ ↔ Києв, Харків ↔ Харков: the vowel before a final consonant in its other grade, or null. */
    static String alternate(String stem) {
        int n = stem.length();
        if (n < 4 || isVowel(stem.charAt(n - 1))) {
            return null;
        }
        char vowel = stem.charAt(n - 2);
        char other = switch (vowel) {
            case 'ї' -> 'є';
            case 'є' -> 'ї';
            case 'і' -> 'о';
            case 'о' -> 'і';
            default -> 0;
        };
        return other == 0 ? null : stem.substring(0, n - 2) + other + stem.charAt(n - 1);
    }

    private static void add(List<String> forms, String form) {
        if (form != null && !form.isEmpty() && !forms.contains(form)) {
            forms.add(form);
        }
    }

    private static boolean contains(String[] endings, String ending) {
        for (String e : endings) {
            if (e.equals(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "аеєиіїоуюяыэё".indexOf(c) >= 0;
    }

    private static boolean isLatinVowelEnd(String word) {
        char last = word.charAt(word.length() - 1);
        char before = word.charAt(word.length() - 2);
        return "aoeu".indexOf(last) >= 0 && before >= 'a' && before <= 'z' && "aeiouy".indexOf(before) < 0;
    }

    static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
