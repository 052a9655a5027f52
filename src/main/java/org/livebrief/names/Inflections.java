package org.livebrief.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The nominative forms a Ukrainian, Russian or Belarusian word may be an inflected case of: Зеленського →
 * Зеленський, Києві → Києв → Київ, Запоріжжі → Запоріжжя, Москвы → Москва, Бяляцкага → Бяляцкі, Барысаве →
 * Барысаў. These are guesses made from the case
 * endings alone (no dictionary): the caller keeps only those the name index knows with an exact key.
 *
 * <p>The paradigms are kept apart, because that is what keeps relatives apart: a masculine adjective's
 * oblique endings (-ого, -ому, -им …) only ever lead to a masculine nominative (-ий, -ій, -ый, -ой), and a
 * feminine one's (-ої, -ій, -ою, -ую …) only to a feminine one (-а, -ая), so Зеленської is Зеленська,
 * never Зеленський. Nouns lose their ending ("" for Києва, Харкові, Херсоні) or get a nominative one
 * (-а, -я, -о, -ь, -й); a bare masculine stem also gets the Ukrainian vowel alternation back (о, е → і and
 * є → ї before the last consonant: Харков → Харків, Києв → Київ, Миколаєв → Миколаїв, Рог → Ріг), and a
 * feminine stem its consonant (Ризі → Рига, Америці → Америка). Neuter adjectival place names (Рівне,
 * Рівного, Рівному), Russian neuter nouns in -ье (Запорожья, Запорожью), surnames in -ін/-ов with their
 * instrumental in -им/-ым (Путіним, Ивановым) and place names in the plural (Сумах → Суми, Чернівців →
 * Чернівці) are covered too.
 */
final class Inflections {

    /** Endings, longest first, and what each may replace; "" leaves the bare stem. */
    private static final List<Map.Entry<String, List<String>>> ENDINGS = List.of(
            // masculine adjectives and surnames: oblique case → nominative
            Map.entry("ього", List.of("ій")), Map.entry("ьому", List.of("ій")),
            // Belarusian masculine adjectives (nominative -і after к г х, else -ы): Бяляцкага, Бяляцкаму → Бяляцкі
            Map.entry("ага", List.of("і", "ы")), Map.entry("аму", List.of("і", "ы")),
            Map.entry("ого", List.of("ий", "ый", "ой", "ій", "е", "ое")), Map.entry("ому", List.of("ий", "ый", "ой", "е", "ое")),
            Map.entry("его", List.of("ий", "ій")), Map.entry("ему", List.of("ий", "ій")),
            Map.entry("ові", List.of("", "о", "й")), Map.entry("еві", List.of("", "о", "й")),
            Map.entry("єві", List.of("", "й")),
            Map.entry("им", List.of("ий", "ій", "")), Map.entry("ім", List.of("ий", "ій", "е", "і")),
            Map.entry("ым", List.of("ый", "", "ы")),
            Map.entry("ом", List.of("", "о", "ий", "ой")), Map.entry("ем", List.of("", "ь", "й", "е")),
            Map.entry("єм", List.of("й")),
            // feminine adjectives and surnames: oblique case → nominative
            Map.entry("ої", List.of("а")), Map.entry("ій", List.of("а", "я")), Map.entry("ою", List.of("а", "я")),
            Map.entry("ею", List.of("я", "а")), Map.entry("єю", List.of("я")), Map.entry("ую", List.of("ая")),
            Map.entry("ой", List.of("ая", "а")), Map.entry("ей", List.of("я", "ь")),
            // Belarusian feminine adjectives and nouns in -а: Светлагорскай, Светлагорскаю → Светлагорская
            Map.entry("ай", List.of("ая", "а")), Map.entry("аю", List.of("ая", "а")),
            // nouns; place names in the plural (Суми, Чернівці) in the locative, dative and genitive
            Map.entry("ами", List.of("и")), Map.entry("ах", List.of("и", "ы")), Map.entry("ях", List.of("і", "и")),
            // -ам: the plural dative (Сумам), and the Belarusian instrumental of masculine nouns (Салігорскам,
            // Бабарыкам)
            Map.entry("ам", List.of("и", "", "а")), Map.entry("ів", List.of("і", "и")), Map.entry("ям", List.of("я", "і")),
            // Russian neuter nouns in -ье (Запорожье): Запорожья, Запорожью
            Map.entry("ья", List.of("ье")), Map.entry("ью", List.of("ье")),
            Map.entry("а", List.of("", "о")), Map.entry("я", List.of("", "ь", "й")),
            Map.entry("у", List.of("", "а", "о")), Map.entry("ю", List.of("я", "ь", "й")),
            Map.entry("і", List.of("", "а", "я", "о", "ь")), Map.entry("ї", List.of("я")),
            Map.entry("и", List.of("а", "я")), Map.entry("ы", List.of("а")),
            Map.entry("е", List.of("", "а", "о", "я")));

    private static final String CONSONANTS = "бвгґджзклмнпрстфхцчшщ";
    /** Ukrainian consonant changes before the dative and locative -і of feminine nouns. */
    private static final Map<Character, Character> MUTATED = Map.of('з', 'г', 'ц', 'к', 'с', 'х');
    private static final int MIN_STEM = 3;

    private Inflections() {
    }

    /** The nominatives {@code word} may be a case of, without the word itself; none for a non-Cyrillic word. */
    static List<String> of(String word) {
        if (!isCyrillic(word)) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        Set<String> forms = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> ending : ENDINGS) {
            if (!lower.endsWith(ending.getKey()) || lower.length() - ending.getKey().length() < MIN_STEM) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.getKey().length());
            for (String replacement : ending.getValue()) {
                String tail = upper ? replacement.toUpperCase(Locale.ROOT) : replacement;
                forms.add(stem + tail);
                if (replacement.isEmpty()) {
                    alternated(stem).ifPresent(forms::add);
                    belarusianU(stem).ifPresent(forms::add);
                }
                if (ending.getKey().equals("і") && (replacement.equals("а") || replacement.equals("я"))) {
                    mutated(stem).ifPresent(s -> forms.add(s + tail));
                }
            }
        }
        forms.remove(word);
        return new ArrayList<>(forms);
    }

    /** Харков → Харків, Києв → Київ: the vowel a closed last syllable has in the Ukrainian nominative. */
    private static java.util.Optional<String> alternated(String stem) {
        int last = stem.length() - 1;
        int vowel = last - 1;
        if (vowel < 1 || CONSONANTS.indexOf(Character.toLowerCase(stem.charAt(last))) < 0) {
            return java.util.Optional.empty();
        }
        char v = stem.charAt(vowel);
        char lower = Character.toLowerCase(v);
        char replaced = lower == 'о' || lower == 'е' ? 'і' : lower == 'є' ? 'ї' : 0;
        if (replaced == 0) {
            return java.util.Optional.empty();
        }
        char cased = Character.isUpperCase(v) ? Character.toUpperCase(replaced) : replaced;
        return java.util.Optional.of(stem.substring(0, vowel) + cased + stem.substring(last));
    }

    /** Барысав → Барысаў: Belarusian в after a vowel before an ending is ў in the nominative. */
    private static java.util.Optional<String> belarusianU(String stem) {
        int last = stem.length() - 1;
        char v = stem.charAt(last);
        if ((v != 'в' && v != 'В') || "аеёіоуыэюяАЕЁІОУЫЭЮЯ".indexOf(stem.charAt(last - 1)) < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(stem.substring(0, last) + (v == 'в' ? 'ў' : 'Ў'));
    }

    private static java.util.Optional<String> mutated(String stem) {
        char last = stem.charAt(stem.length() - 1);
        Character original = MUTATED.get(Character.toLowerCase(last));
        if (original == null) {
            return java.util.Optional.empty();
        }
        char cased = Character.isUpperCase(last) ? Character.toUpperCase(original) : original;
        return java.util.Optional.of(stem.substring(0, stem.length() - 1) + cased);
    }

    /**
     * A Ukrainian feminine dative or locative in -ькій (Зеленській, Донецькій) has the same name key as the
     * masculine nominative in -ький (й and и fold alike), but never is one: it is read only through its
     * nominatives.
     */
    static boolean hidesGender(String word) {
        return word.length() > 4 && word.toLowerCase(Locale.ROOT).endsWith("ькій") && isCyrillic(word);
    }

    static boolean isCyrillic(String word) {
        boolean any = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Words.isApostrophe(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
