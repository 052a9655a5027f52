package org.livebrief.names;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The case forms of one word of a Ukrainian or Russian name, made by rule from its nominative: the
 * paradigm follows from the ending (adjectival -ський/-ский/-ська/-ская, nouns in a consonant, -ь, -й, -а,
 * -я, -ія/-ия, -о, the neuter -жжя/-ье), animacy from the entity type (a person's accusative is the
 * genitive). The first form of a case is the one to suggest, the others are accepted as well (Зеленському
 * and Зеленськім). Ukrainian stems get back the vowel the closed nominative syllable hides (Київ → Києв-,
 * Харків → Харков-, Бердичів → Бердичев-, Тернопіль → Тернопол-) and г/к/х → з/ц/с before a feminine -і
 * (Ризі); masculine places in -ськ/-цьк take -у in the locative (Бердянську), other settlements -і.
 *
 * <p>Where the rules cannot tell, a case is left out rather than guessed: a vowel that may or may not drop
 * or alternate (Ірпінь, Кременець, Берлін), a final hissing consonant (Керч is feminine, Славутич masculine),
 * the locative of other velar stems (Кременчуці or Кременчуку), places in -ь other than -піль/-поль (Умань is
 * feminine, Ірпінь masculine) and in Russian after a hissing consonant, plural place names (Суми), neuter
 * Russian -о (Иваново).
 */
final class Declension {

    enum Case {
        NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, LOCATIVE;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String HISSING = "жчшщ";
    private static final String VELAR = "гкх";
    private static final Map<Character, Character> MUTATED = Map.of('г', 'з', 'к', 'ц', 'х', 'с');
    private static final Set<String> LANGUAGES = Set.of("uk", "ru", "be");
    /** Belarusian consonants before which the locative and dative -е is written after a change (Брэсце, Лідзе). */
    static final Map<Character, String> BELARUSIAN_SOFTENED = Map.of('т', "ц", 'д', "дз", 'к', "ц", 'г', "з",
            'х', "с");

    private final String word;
    private final String lower;
    private final Map<Case, List<String>> forms = new EnumMap<>(Case.class);

    private Declension(String word) {
        this.word = word;
        this.lower = word.toLowerCase(Locale.ROOT);
        forms.put(Case.NOMINATIVE, List.of(word));
    }

    static boolean covers(String language) {
        return LANGUAGES.contains(language);
    }

    /**
     * The forms of {@code word}, a nominative, by case; a case the rules cannot tell is absent. {@code
     * adjective} says the word is an adjective before the noun of a place's name (Біла Церква).
     */
    static Map<Case, List<String>> of(String word, String language, EntityType type, boolean adjective) {
        Declension d = new Declension(word);
        if (word.length() >= 3 && SlavicCases.isCyrillic(word)) {
            boolean animate = type == EntityType.PERSON;
            switch (language) {
                case "uk" -> d.ukrainian(animate, adjective);
                case "ru" -> d.russian(animate, adjective);
                case "be" -> d.belarusian(animate, adjective);
                default -> { }
            }
        }
        return d.forms;
    }

    private void ukrainian(boolean animate, boolean adjective) {
        if (ends("ий")) {
            masculineAdjective(cut(2), animate, List.of("ому", "ім"), "им");
        } else if (ends("ій") && adjective) {
            set(cut(2), "ього", "ьому", null, "ім", "ьому");
            put(Case.ACCUSATIVE, word);
        } else if (ends("ська", "цька", "зька") || adjective && ends("а")) {
            feminineAdjective(cut(1), List.of("ої"), List.of("ій"), "у", List.of("ою"));
        } else if (ends("не", "ське", "цьке", "ове", "еве", "єве")) {
            neuterAdjective(cut(1), List.of("ому", "ім"), "им");
        } else if (ends("ія")) {
            set(cut(2), "ії", "ії", "ію", "ією", "ії");
        } else if (ends("я") && (doubled(lower.length() - 2) || Words.isApostrophe(lower.charAt(lower.length() - 2)))) {
            set(cut(1), "я", "ю", "я", "ям", "і");
        } else if (ends("я")) {
            set(cut(1), "і", "і", "ю", "ею", "і");
        } else if (ends("а")) {
            String stem = cut(1);
            if (HISSING.indexOf(last(stem)) >= 0) {
                set(stem, "і", "і", "у", "ею", "і");
            } else {
                String mutated = mutated(stem);
                set(stem, "и", null, "у", "ою", null);
                put(Case.DATIVE, mutated + "і");
                put(Case.LOCATIVE, mutated + "і");
            }
        } else if (ends("о") && animate) {
            masculineNoun(cut(1), true, "ом", List.of("ові", "у"), List.of("ові", "у"));
        } else if (ends("о") && VELAR.indexOf(last(cut(1))) < 0) {
            set(cut(1), "а", "у", "о", "ом", "і");
        } else if (ends("й") && !ends("ий")) {
            String stem = cut(1);
            set(stem, "я", null, animate ? "я" : "й", "єм", null);
            put(Case.DATIVE, List.of(stem + "ю", stem + "єві"));
            put(Case.LOCATIVE, animate ? List.of(stem + "єві", stem + "ї") : List.of(stem + "ї", stem + "єві"));
        } else if (ends("ь") && (animate || ends("піль", "поль"))) {
            String stem = ukrainianStem(cut(1));
            if (stem != null && HISSING.indexOf(last(stem)) < 0) {
                set(stem, "я", null, null, "ем", "і");
                put(Case.DATIVE, List.of(stem + "ю", stem + "еві"));
                put(Case.ACCUSATIVE, animate ? stem + "я" : word);
            }
        } else if (isConsonant(last(lower)) && HISSING.indexOf(last(lower)) < 0 && !ends("ок", "ець")) {
            String stem = ukrainianStem(word);
            if (stem != null) {
                masculineNoun(stem, animate, HISSING.indexOf(last(stem)) >= 0 || last(stem) == 'ц' ? "ем" : "ом",
                        animate ? List.of("ові", "у") : List.of("у", "ові"),
                        animate ? List.of("ові", "у") : placeLocative(stem));
            }
        }
    }

    private void russian(boolean animate, boolean adjective) {
        if (ends("ий") && (VELAR + HISSING).indexOf(last(cut(2))) >= 0) {
            masculineAdjective(cut(2), animate, List.of("ом"), "им");
        } else if (ends("ый") || ends("ой") && lower.length() > 4) {
            masculineAdjective(cut(2), animate, List.of("ом"), VELAR.indexOf(last(cut(2))) >= 0 ? "им" : "ым");
        } else if (ends("ий") && adjective) {
            set(cut(2), "его", "ему", null, "им", "ем");
            put(Case.ACCUSATIVE, word);
        } else if (ends("ий")) {
            set(cut(2), "ия", "ию", animate ? "ия" : "ий", "ием", "ии");
        } else if (ends("ая")) {
            feminineAdjective(cut(2), List.of("ой"), List.of("ой"), "ую", List.of("ой", "ою"));
        } else if (ends("ое")) {
            neuterAdjective(cut(2), List.of("ом"), VELAR.indexOf(last(cut(2))) >= 0 ? "им" : "ым");
        } else if (ends("ье")) {
            set(cut(1), "я", "ю", "е", "ем", "е");
        } else if (ends("ия")) {
            set(cut(2), "ии", "ии", "ию", "ией", "ии");
        } else if (ends("а")) {
            String stem = cut(1);
            boolean soft = VELAR.indexOf(last(stem)) >= 0 || HISSING.indexOf(last(stem)) >= 0;
            set(stem, soft ? "и" : "ы", "е", "у", null, "е");
            put(Case.INSTRUMENTAL, (HISSING + "ц").indexOf(last(stem)) >= 0 ? List.of(stem + "ей", stem + "ой")
                    : List.of(stem + "ой", stem + "ою"));
        } else if (ends("я")) {
            set(cut(1), "и", "е", "ю", "ей", "е");
        } else if (ends("о") && animate) {
            set(cut(1), "о", "о", "о", "о", "о");
        } else if (ends("ь") && (animate || ends("поль")) && HISSING.indexOf(last(cut(1))) < 0) {
            set(cut(1), "я", "ю", animate ? "я" : "ь", "ем", "е");
        } else if (ends("ь") && HISSING.indexOf(last(cut(1))) >= 0) {
            set(cut(1), "и", "и", "ь", "ью", "и");
        } else if (ends("й")) {
            set(cut(1), "я", "ю", animate ? "я" : "й", "ем", "е");
        } else if (isConsonant(last(lower)) && !ends("ок", "ец", "ц")) {
            String instrumental = HISSING.indexOf(last(lower)) >= 0 ? "ем" : "ом";
            masculineNoun(word, animate, instrumental, List.of("у"), List.of("е"));
        }
    }

    /**
     * Belarusian, where the rules are sure without the stress: adjective-type names (Бяляцкі, Ціханоўская), masculine
     * nouns in a hard consonant or -ў (Мінск, Брэст, Барысаў; the instrumental in unstressed -ам, which is how names
     * mostly take it), -ель (Гомель), and feminine nouns in -а (Ліда, Орша, Вілейка). Left out: a person's name in -а
     * beyond the genitive and accusative (a man's Лукашэнка and a woman's Ганна part there), neuter place names in
     * -на after a consonant (Гродна, Маладзечна: their -а is the neuter's -о under akanye), a person's locative, and
     * the vowels that drop (-ец, -ок).
     */
    private void belarusian(boolean animate, boolean adjective) {
        if (ends("скі", "цкі") || adjective && ends("кі", "гі", "хі", "ы")) {
            String instrumental = ends("ы") ? "ым" : "ім";
            set(cut(1), "ага", "аму", null, instrumental, instrumental);
            put(Case.ACCUSATIVE, animate ? cut(1) + "ага" : word);
        } else if (ends("ая")) {
            feminineAdjective(cut(2), List.of("ай"), List.of("ай"), "ую", List.of("ай", "аю"));
        } else if (ends("а")) {
            String stem = cut(1);
            char last = last(stem);
            char before = stem.length() > 1 ? Character.toLowerCase(stem.charAt(stem.length() - 2)) : ' ';
            if (!animate && last == 'н' && isConsonant(before) && before != 'н') {
                return;
            }
            put(Case.GENITIVE, stem + (VELAR.indexOf(last) >= 0 ? "і" : "ы"));
            put(Case.ACCUSATIVE, stem + "у");
            if (animate) {
                return;
            }
            put(Case.INSTRUMENTAL, stem + "ай");
            put(Case.DATIVE, belarusianLocative(stem));
            put(Case.LOCATIVE, belarusianLocative(stem));
        } else if (ends("ель")) {
            String stem = cut(1);
            set(stem, "я", "ю", animate ? "я" : null, "ем", animate ? null : "і");
            if (!animate) {
                put(Case.ACCUSATIVE, word);
            }
        } else if (ends("ў") && lower.length() > 2 && "аеёоуыэюяі".indexOf(lower.charAt(lower.length() - 2)) >= 0) {
            String stem = cut(1) + (word.charAt(word.length() - 1) == 'ў' ? "в" : "В");
            masculineNoun(stem, animate, "ам", List.of("у"), animate ? List.of() : List.of("е"));
            withoutStressedEnding(animate);
        } else if (isConsonant(last(lower)) && last(lower) != 'ў' && !ends("ец", "ок", "ёк")) {
            masculineNoun(word, animate, "ам", List.of("у"), List.of());
            if (!animate) {
                put(Case.LOCATIVE, VELAR.indexOf(last(lower)) >= 0 ? word + "у" : belarusianLocative(word));
            }
            withoutStressedEnding(animate);
        }
    }

    /**
     * The Belarusian dative and locative in -е or -ы of a stem ending in a consonant: -ы after the hard consonants (Орша,
     * Оршы; Мазыр, Мазыры), -е after the others, with т д г х к changed before it (Брэст, Брэсце; Ліда, Лідзе; Прага,
     * Празе) and к taking -ы as ц (Вілейка, Вілейцы). {@link SlavicCases} reads these back through it.
     */
    static String belarusianLocative(String stem) {
        char last = last(stem);
        if ((HISSING + "рц").indexOf(last) >= 0) {
            return stem + "ы";
        }
        String softened = BELARUSIAN_SOFTENED.get(last);
        if (softened == null) {
            return stem + "е";
        }
        return stem.substring(0, stem.length() - 1) + cased(softened, stem.charAt(stem.length() - 1))
                + (last == 'к' ? "ы" : "е");
    }

    /**
     * A surname's instrumental is -ам when the stress stays on the stem and -ом when it moves to the ending (Пазняк,
     * Пазняком): the spelling does not tell, so a person's is left out. Place names keep their stress on the stem.
     */
    private void withoutStressedEnding(boolean animate) {
        if (animate) {
            forms.remove(Case.INSTRUMENTAL);
        }
    }

    private void masculineAdjective(String stem, boolean animate, List<String> locative, String instrumental) {
        set(stem, "ого", "ому", null, instrumental, null);
        put(Case.ACCUSATIVE, animate ? stem + "ого" : word);
        put(Case.LOCATIVE, locative.stream().map(e -> stem + e).toList());
    }

    private void feminineAdjective(String stem, List<String> genitive, List<String> dativeLocative, String accusative,
                                   List<String> instrumental) {
        put(Case.GENITIVE, genitive.stream().map(e -> stem + e).toList());
        put(Case.DATIVE, dativeLocative.stream().map(e -> stem + e).toList());
        put(Case.ACCUSATIVE, stem + accusative);
        put(Case.INSTRUMENTAL, instrumental.stream().map(e -> stem + e).toList());
        put(Case.LOCATIVE, dativeLocative.stream().map(e -> stem + e).toList());
    }

    private void neuterAdjective(String stem, List<String> locative, String instrumental) {
        set(stem, "ого", "ому", null, instrumental, null);
        put(Case.ACCUSATIVE, word);
        put(Case.LOCATIVE, locative.stream().map(e -> stem + e).toList());
    }

    /** Masculine nouns: Харкова, Харкову, Харковом; people take the genitive for the accusative. */
    private void masculineNoun(String stem, boolean animate, String instrumental, List<String> dative,
                               List<String> locative) {
        set(stem, "а", null, null, instrumental, null);
        put(Case.DATIVE, dative.stream().map(e -> stem + e).toList());
        put(Case.ACCUSATIVE, animate ? stem + "а" : word);
        if (!locative.isEmpty()) {
            put(Case.LOCATIVE, locative.stream().map(e -> stem + e).toList());
        }
    }

    /** Ukrainian settlements: Бердянську, Луцьку, but Києві, Ужгороді; other velar stems are left open. */
    private static List<String> placeLocative(String stem) {
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        if (lowerStem.endsWith("ськ") || lowerStem.endsWith("цьк") || lowerStem.endsWith("зьк")) {
            return List.of("у");
        }
        return VELAR.indexOf(last(lowerStem)) >= 0 ? List.of() : List.of("і");
    }

    /**
     * The oblique stem of a Ukrainian noun ending in a consonant: the і/ї of a closed last syllable goes back
     * to о/е/є where the rule is sure (-ів, -їв, -піль); null where it is not (Ірпінь, Берлін).
     */
    private static String ukrainianStem(String stem) {
        String lowerStem = stem.toLowerCase(Locale.ROOT);
        int vowel = lowerStem.length() - 2;
        if (vowel < 1 || isConsonant(lowerStem.charAt(vowel))) {
            return stem;
        }
        char v = lowerStem.charAt(vowel);
        if (v != 'і' && v != 'ї') {
            return stem;
        }
        char before = lowerStem.charAt(vowel - 1);
        char after = lowerStem.charAt(vowel + 1);
        String replaced;
        if (v == 'ї' && after == 'в') {
            replaced = "є";
        } else if (after == 'в') {
            replaced = HISSING.indexOf(before) >= 0 ? "е" : "о";
        } else if (after == 'л' && before == 'п') {
            replaced = "о";
        } else {
            return null;
        }
        return stem.substring(0, vowel) + cased(replaced, stem.charAt(vowel)) + stem.substring(vowel + 1);
    }

    private void set(String stem, String genitive, String dative, String accusative, String instrumental, String locative) {
        String[] endings = {genitive, dative, accusative, instrumental, locative};
        Case[] cases = {Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.INSTRUMENTAL, Case.LOCATIVE};
        for (int i = 0; i < cases.length; i++) {
            if (endings[i] != null) {
                put(cases[i], stem + endings[i]);
            }
        }
    }

    private void put(Case c, String form) {
        put(c, List.of(form));
    }

    private void put(Case c, List<String> list) {
        List<String> cased = new ArrayList<>(list.size());
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        list.forEach(f -> cased.add(upper ? f.toUpperCase(Locale.ROOT) : f));
        forms.put(c, List.copyOf(cased));
    }

    private boolean ends(String... endings) {
        for (String ending : endings) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private String cut(int n) {
        return word.substring(0, word.length() - n);
    }

    private boolean doubled(int i) {
        return i >= 1 && lower.charAt(i) == lower.charAt(i - 1) && isConsonant(lower.charAt(i));
    }

    private String mutated(String stem) {
        Character m = MUTATED.get(last(stem));
        return m == null ? stem : stem.substring(0, stem.length() - 1) + cased(String.valueOf(m), stem.charAt(stem.length() - 1));
    }

    private static char last(String s) {
        return s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(s.length() - 1));
    }

    private static boolean isConsonant(char c) {
        return "бвгґджзклмнпрстфхцчшщ".indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static String cased(String replacement, char like) {
        return Character.isUpperCase(like) ? replacement.toUpperCase(Locale.ROOT) : replacement;
    }
}
