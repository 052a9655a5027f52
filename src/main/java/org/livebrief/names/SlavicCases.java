package org.livebrief.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of Ukrainian, Russian and Belarusian case endings, used by tagging and the style checker
 * ({@link #nominatives}) and by search ({@link #searchForms}); {@link Declension} makes the forms the other way, and
 * {@code SlavicCasesTest} checks on every Cyrillic town name of Ukraine and Russia in the shipped gazetteer that each
 * form it makes is read back to its nominative here.
 *
 * <p>{@link #nominatives}: the nominatives a word may be an inflected case of: Зеленського → Зеленський, Києві →
 * Києв → Київ, Запоріжжі → Запоріжжя, Москвы → Москва, Бяляцкага → Бяляцкі, Барысаве → Барысаў. These are guesses
 * made from the case endings alone (no dictionary): the caller keeps only those the name index knows with an exact key.
 *
 * <p>The paradigms are kept apart, because that is what keeps relatives apart: a masculine adjective's
 * oblique endings (-ого, -ому, -им …) only ever lead to a masculine nominative (-ий, -ій, -ый, -ой), and a
 * feminine one's (-ої, -ій, -ою, -ую …) only to a feminine one (-а, -ая), so Зеленської is Зеленська,
 * never Зеленський; an adjective-type stem (-ськ, -цьк, -ск …) before -і, -и or -ы is never a feminine noun's
 * dative (Бяляцкі and Светлагорскі are masculine nominatives, not cases of Бяляцка). Nouns lose their ending ("" for
 * Києва, Харкові, Херсоні) or get a nominative one (-а, -я, -о, -ь, -й); a bare masculine stem also gets the
 * Ukrainian vowel alternation back (о, е → і and є → ї before the last consonant: Харков → Харків, Києв → Київ,
 * Миколаєв → Миколаїв, Рог → Ріг), and a feminine stem its consonant (Ризі → Рига, Америці → Америка). Neuter
 * adjectival place names (Рівне, Рівного, Рівному; Видное, Видном), Russian neuter nouns in -ье (Запорожья,
 * Запорожью), surnames in -ін/-ов with their instrumental in -им/-ым (Путіним, Ивановым) and place names in the
 * plural (Сумах → Суми, Чернівців → Чернівці) are covered too.
 *
 * <p>{@link #searchForms}: the word, its nominatives and the other grade of its last vowel (Львов ↔ Львів), so a
 * query and a text meet when one is a case of the other or both are cases of one nominative; letters that running
 * text writes two ways are read both ways ({@link #respelled}: Могилёв and Могилев, Магілёў and Магілёва). It
 * over-generates on purpose (a wrong extra form costs a little precision; a missing one loses a hit), but the genders
 * stay apart because the nominatives do.
 */
public final class SlavicCases {

    /** Endings, longest first, and what each may replace; "" leaves the bare stem. */
    private static final List<Map.Entry<String, List<String>>> ENDINGS = List.of(
            // masculine adjectives and surnames: oblique case → nominative
            Map.entry("ього", List.of("ій")), Map.entry("ьому", List.of("ій")),
            // Belarusian masculine adjectives (nominative -і after к г х, else -ы): Бяляцкага, Бяляцкаму → Бяляцкі
            Map.entry("ага", List.of("і", "ы")), Map.entry("аму", List.of("і", "ы")),
            Map.entry("ого", List.of("ий", "ый", "ой", "ій", "е", "ое")), Map.entry("ому", List.of("ий", "ый", "ой", "е", "ое")),
            Map.entry("его", List.of("ий", "ій")), Map.entry("ему", List.of("ий", "ій")),
            Map.entry("ові", List.of("", "о", "й")), Map.entry("еві", List.of("", "о", "й", "ь")),
            Map.entry("єві", List.of("", "й")),
            Map.entry("им", List.of("ий", "ій", "", "ой", "е", "ое")), Map.entry("ім", List.of("ий", "ій", "е", "і")),
            Map.entry("ым", List.of("ый", "", "ы", "ой", "ое")),
            Map.entry("ом", List.of("", "о", "ий", "ый", "ой", "ое")), Map.entry("ем", List.of("", "ь", "й", "е")),
            Map.entry("єм", List.of("й")),
            // feminine adjectives and surnames: oblique case → nominative
            Map.entry("ої", List.of("а")), Map.entry("ій", List.of("а", "я")), Map.entry("ою", List.of("а", "я", "ая")),
            Map.entry("ею", List.of("я", "а")), Map.entry("єю", List.of("я")), Map.entry("ую", List.of("ая")),
            Map.entry("ой", List.of("ая", "а")), Map.entry("ей", List.of("я", "ь", "а")),
            // Belarusian feminine adjectives and nouns in -а: Светлагорскай, Светлагорскаю → Светлагорская
            Map.entry("ай", List.of("ая", "а")), Map.entry("аю", List.of("ая", "а")),
            // nouns; place names in the plural (Суми, Чернівці) in the locative, dative and genitive
            Map.entry("ами", List.of("и")), Map.entry("ах", List.of("и", "ы")), Map.entry("ях", List.of("і", "и")),
            // -ам: the plural dative (Сумам), and the Belarusian instrumental of masculine nouns (Салігорскам,
            // Бабарыкам)
            Map.entry("ам", List.of("и", "", "а")), Map.entry("ів", List.of("і", "и")), Map.entry("ям", List.of("я", "і")),
            // Russian neuter nouns in -ье (Запорожье): Запорожья, Запорожью
            Map.entry("ья", List.of("ье")), Map.entry("ью", List.of("ье", "ь")),
            Map.entry("а", List.of("", "о")), Map.entry("я", List.of("", "ь", "й")),
            Map.entry("у", List.of("", "а", "о")), Map.entry("ю", List.of("я", "ь", "й")),
            Map.entry("і", List.of("", "а", "я", "о", "ь")), Map.entry("ї", List.of("я", "й")),
            Map.entry("и", List.of("а", "я", "ь", "й")), Map.entry("ы", List.of("а", "")),
            Map.entry("е", List.of("", "а", "о", "я", "ь", "й")));

    /** {@link #ENDINGS} by their last letter, each list in the table's order. */
    private static final Map<Character, List<Map.Entry<String, List<String>>>> BY_LAST = ENDINGS.stream().collect(
            java.util.stream.Collectors.groupingBy(e -> e.getKey().charAt(e.getKey().length() - 1),
                    java.util.stream.Collectors.toList()));
    private static final String[] ADJECTIVE_STEMS = {"ськ", "цьк", "зьк", "ск", "цк", "зк"};
    private static final String BELARUSIAN_HARD = "жшчрц";
    private static final String VOWELS = "аеєиіїоуюяыэё";
    private static final String CONSONANTS = "бвгґджзклмнпрстфхцчшщ";
    /** Ukrainian consonant changes before the dative and locative -і of feminine nouns. */
    private static final Map<Character, Character> MUTATED = Map.of('з', 'г', 'ц', 'к', 'с', 'х');
    private static final int MIN_STEM = 3;
    private static final int MIN_NAME_STEM = 2;

    private SlavicCases() {
    }

    /** The nominatives {@code word} may be a case of, without the word itself; none for a non-Cyrillic word. */
    public static List<String> nominatives(String word) {
        return nominatives(word, isCapitalised(word), false);
    }

    /**
     * A capitalised word is a name, and a name's stem may be two letters (Уфы, Оше); a common word's may not (an
     * acronym in capitals is no such name: ЗСУ).
     */
    public static boolean isCapitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    /**
     * {@code search}: the reading is for search, which has no authority to check a guess against, so a masculine
     * adjective's forms never lead to a nominative in -ой (Трубецкого → Трубецкой, Толстого → Толстой): that is also
     * the Russian feminine's genitive, dative, instrumental and locative (Зеленской), and its name key is the
     * Ukrainian feminine genitive's (Великої), so a query for the woman would find the man. Tagging keeps the
     * reading: the index knows whether a Трубецкой or a Зеленская is registered.
     */
    private static List<String> nominatives(String word, boolean name, boolean search) {
        if (!isCyrillic(word)) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean upper = word.length() > 1 && !word.equals(lower) && isUpperCase(word);
        int minStem = name ? MIN_NAME_STEM : MIN_STEM;
        Set<String> forms = new LinkedHashSet<>(8);
        for (Map.Entry<String, List<String>> ending : BY_LAST.getOrDefault(lower.charAt(lower.length() - 1), List.of())) {
            // A name's stem of two letters only before an ending of one or two: Уфы, Уфой, Оше, but not Ки-єві.
            int least = ending.getKey().length() <= 2 ? minStem : MIN_STEM;
            if (!lower.endsWith(ending.getKey()) || lower.length() - ending.getKey().length() < least) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.getKey().length());
            String lowerStem = lower.substring(0, stem.length());
            boolean adjectiveStem = isAdjectiveStem(lowerStem);
            // Зеленської is Зеленськ-ої, read by the two-letter row: its -ї is no ending of its own (Джанкої, Андрії).
            if (ending.getKey().length() == 1 && !lowerStem.isEmpty()
                    && VOWELS.indexOf(lowerStem.charAt(lowerStem.length() - 1)) >= 0
                    && isAdjectiveStem(lowerStem.substring(0, lowerStem.length() - 1))) {
                continue;
            }
            for (String replacement : ending.getValue()) {
                if (adjectiveStem && ending.getKey().length() == 1 && "иіы".contains(ending.getKey())
                        && (replacement.equals("а") || replacement.equals("я"))) {
                    continue;
                }
                if (!possible(lowerStem, replacement)) {
                    continue;
                }
                // Belarusian writes ы for и after its hard consonants: у Нясвіжы, у Мазыры are Нясвіж's, Мазыр's.
                if (ending.getKey().equals("ы") && replacement.isEmpty()
                        && BELARUSIAN_HARD.indexOf(lowerStem.charAt(lowerStem.length() - 1)) < 0) {
                    continue;
                }
                // -ський is hard: Зеленського, Зеленським are never Зеленській (a woman's dative) nor a noun Зеленськ;
                // and search reads no -ой from a masculine's forms (see above).
                if (adjectiveStem && (replacement.equals("ій")
                        || replacement.isEmpty() && (ending.getKey().equals("им") || ending.getKey().equals("ым")))
                        || search && replacement.equals("ой")) {
                    continue;
                }
                String tail = upper ? replacement.toUpperCase(Locale.ROOT) : replacement;
                forms.add(stem + tail);
                if (replacement.isEmpty() || replacement.equals("ь")) {
                    alternated(stem).ifPresent(s -> forms.add(s + tail));
                    belarusianU(stem).ifPresent(forms::add);
                }
                if (ending.getKey().equals("і") && (replacement.equals("а") || replacement.equals("я"))) {
                    mutated(stem).ifPresent(s -> forms.add(s + tail));
                }
                if (ending.getKey().equals("е") && (replacement.isEmpty() || replacement.equals("а"))
                        || ending.getKey().equals("ы") && replacement.equals("а")) {
                    belarusianUnsoftened(stem, ending.getKey()).ifPresent(s -> forms.add(s + tail));
                }
            }
        }
        forms.remove(word);
        return new ArrayList<>(forms);
    }

    /**
     * {@code word} (lower case) and the forms search indexes and queries beside it, without duplicates, the word
     * first: its nominatives, the other grade of its last vowel, and the same for each way running text respells it;
     * for a Latin word, the word without a final vowel after a consonant.
     * {@code name}: the word was written capitalised ({@link #isCapitalised}).
     */
    public static List<String> searchForms(String word, boolean name) {
        List<String> forms = new ArrayList<>(6);
        forms.add(word);
        if (isCyrillic(word)) {
            addReadings(forms, word, name);
            for (String respelled : respelled(word)) {
                add(forms, respelled);
                addReadings(forms, respelled, name);
            }
        } else if (word.length() > 4 && isLatinVowelEnd(word)) {
            // Latin-alphabet Slavic languages decline names too: Polish Samarkanda, Czech Samarkandu are Samarkand.
            add(forms, word.substring(0, word.length() - 1));
        }
        return forms;
    }

    private static boolean isLatinVowelEnd(String word) {
        char last = word.charAt(word.length() - 1);
        char before = word.charAt(word.length() - 2);
        return "aoeu".indexOf(last) >= 0 && before >= 'a' && before <= 'z' && "aeiouy".indexOf(before) < 0;
    }

    private static void addReadings(List<String> forms, String word, boolean name) {
        add(forms, otherGrade(word));
        for (String nominative : nominatives(word, name, true)) {
            add(forms, nominative);
        }
    }

    private static void add(List<String> forms, String form) {
        if (form != null && !form.isEmpty() && !forms.contains(form)) {
            forms.add(form);
        }
    }

    /**
     * The word as running text also writes it: Belarusian ў as the в it alternates with (Магілёў, Магілёва), which
     * is also how BGN/PCGN's w reads it (Mahilyow); Russian ё as е (Могилёв is mostly Могилев), and Ukrainian ьо for
     * Russian ё as е too (Могильов, Корольов), each with and without the other. {@code word} is in lower case.
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

    /**
     * Київ ↔ Києв, Харків ↔ Харков, Львів ↔ Львов: a word (lower case) ending in a consonant with the vowel before it
     * in its other grade, or null; the Russian and Ukrainian nominatives of one place differ so.
     */
    static String otherGrade(String word) {
        int n = word.length();
        if (n < 4 || CONSONANTS.indexOf(word.charAt(n - 1)) < 0) {
            return null;
        }
        char other = switch (word.charAt(n - 2)) {
            case 'ї' -> 'є';
            case 'є' -> 'ї';
            case 'і' -> 'о';
            case 'о' -> 'і';
            default -> 0;
        };
        return other == 0 ? null : word.substring(0, n - 2) + other + word.charAt(n - 1);
    }

    private static boolean isUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A nominative never ends in a consonant and й (новинй), nor in a vowel and ь, а or о, nor in a vowel left bare by
     * a case ending (Аксае is Аксай's, never Акса's or Аксаа's).
     */
    private static boolean possible(String stem, String replacement) {
        if (stem.isEmpty()) {
            return true;
        }
        boolean vowel = VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
        return switch (replacement) {
            case "й" -> vowel;
            case "", "ь", "а", "о" -> !vowel;
            default -> true;
        };
    }

    /** Зеленськ-, Донецьк-, Вяземск-, Светлагорск-: the stem of an adjective-type name (lower case). */
    private static boolean isAdjectiveStem(String stem) {
        for (String end : ADJECTIVE_STEMS) {
            if (stem.endsWith(end) && stem.length() > end.length() + 1) {
                return true;
            }
        }
        return false;
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

    /**
     * Брэсце → Брэст, Лідзе → Ліда, Празе → Прага, Вілейцы → Вілейка: the stem whose Belarusian dative or locative
     * {@link Declension#belarusianLocative} spells as {@code stem} + {@code ending}, its changed consonant given back
     * (the longest change first: дз before з).
     */
    private static java.util.Optional<String> belarusianUnsoftened(String stem, String ending) {
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        if (stem.length() < 3) {
            return java.util.Optional.empty();
        }
        String form = lowerStem + ending;
        return Declension.BELARUSIAN_SOFTENED.entrySet().stream()
                .filter(change -> lowerStem.endsWith(change.getValue()))
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(String::length).reversed()))
                .map(change -> lowerStem.substring(0, lowerStem.length() - change.getValue().length()) + change.getKey())
                .filter(original -> Declension.belarusianLocative(original).equals(form))
                .findFirst()
                .map(original -> stem.substring(0, original.length() - 1)
                        + (Character.isUpperCase(stem.charAt(original.length() - 1))
                        ? Character.toUpperCase(original.charAt(original.length() - 1)) : original.charAt(original.length() - 1)));
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
            if (c >= '\u0400' && c <= '\u04ff') {
                any = true;
            } else if (Character.isLetter(c) && !Words.isApostrophe(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
