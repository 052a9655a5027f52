package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name split into words, each with its keys ({@link NameKeys}). Short function words (of, the, de …)
 * carry no identity and are left out, so "Azov Sea" and "Sea of Azov" have the same words.
 *
 * <p>Generic words are translated, not transliterated, so they get one key per meaning in every language
 * of the beat ({@link GenericWords}: oblast = region = область = вобласць = viloyat, south = süd = южная =
 * სამხრეთ): "Donetsk region" is "Donetsk Oblast", "Ossétie du Sud" is "South Ossetia". German compounds of a
 * compass word or -tal (Südossetien, Ferghanatal) and the colloquial regions of Ukrainian and Belarusian
 * (Харківщина, Гродзеншчына: the region of Kharkiv, of Hrodna) are read as their two words.
 *
 * <p>A name that names a region by an administrative word (… Oblast, … region, … krai) also gives its
 * other words a <em>stem key</em> ({@link #STEM_MARK}): the word without its ending, and for an
 * adjective (Гродненская, Харківська, Краснодарский) without its adjective suffix. A region written with
 * the city's noun (Grodno Region) and one written with the adjective (Гродненская область) then share a
 * stem; {@link NameIndex} also lets one stem be a short prefix of the other (Запорізька, Zaporizhzhia).
 * Only region phrases get stem keys, so a city never resolves to its region or back.
 *
 * <p>A word written in capitals (GBAO, UÇK, ОВК) also gets an <em>acronym key</em> ({@link #ACRONYM_MARK});
 * {@link NameIndex} derives the acronyms of every registered organisation and place name of three or more
 * words from their initials (Горно-Бадахшанская автономная область: ГБАО), so an acronym resolves without
 * being registered, and ordinary words never match one.
 */
record AnalyzedName(List<Token> tokens) {

    /** Starts the key of a generic word; no skeleton starts with it, so fuzzy matching leaves it alone. */
    static final char GENERIC_MARK = '#';
    /** Starts a stem key of a region phrase's word. */
    static final char STEM_MARK = '~';
    /** Starts the key of an acronym. */
    static final char ACRONYM_MARK = '^';
    /** Marks a surname key of a man's form (Rahmonov, and Rahmon without the suffix): {@link #surnameKeys}. */
    static final char MASCULINE_MARK = '>';
    /** Marks a surname key of a woman's form (Ismayilova, and Ismayil without the suffix). */
    static final char FEMININE_MARK = '<';
    /** What a stem key costs against the word's own keys. */
    static final double STEM_PENALTY = 0.04;

    /**
     * Articles and prepositions that carry no identity in a name (of, the, de, du …): left out of a name's
     * words, and allowed inside a name found in running text (Sea of Azov, mer d'Azov).
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "de", "d", "la", "le", "del", "da", "di",
            "du", "des");
    /**
     * Words left out of a name's words but never joining two names in running text: the conjunctions of the
     * beat's languages (and, und, et, i, и, і, та, dhe, va, və: Bosnia and Herzegovina is Bosna i Hercegovina),
     * the Persian ezafe as romanized (Mazar-e Sharif, Mazar-i-Sharif) and the Albanian article (Ushtria
     * Çlirimtare e Kosovës), and the Turkic patronymic markers (Heydər oğlu, Jomartuly's uly), so that a
     * patronymic is one skippable middle word, as a Slavic one is.
     */
    private static final Set<String> CONNECTORS = Set.of("and", "und", "et", "y", "e", "i", "и", "і", "й", "та",
            "dhe", "va", "və", "ва", "oğlu", "oglu", "ogly", "оглы", "oğly", "qızı", "kizi", "gyzy", "кызы", "uly",
            "ұлы", "uulu", "уулу", "kyzy");
    /** Words left out of an acronym: function words and the conjunctions of the beat's languages. */
    private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "and", "for", "de", "des", "du", "la",
            "le", "del", "da", "di", "y", "e", "i", "dhe", "и", "і", "й", "та", "für", "und", "et", "ва", "va", "və");
    /** Prefixes of German compounds that are words of their own (Südossetien, Bergkarabach). */
    private static final String[] COMPOUND_PREFIXES = {"süd", "nord", "ost", "west", "berg"};
    private static final String[] COLLOQUIAL_REGION = {"щина", "чина", "шчына", "shchyna", "chchyna", "szczyzna"};
    private static final String VALLEY_SUFFIX = "tal";

    /** What reading a Russian ё as е, or a Belarusian ў as в, costs. */
    static final double YO_PENALTY = 0.02;
    /** What reading a Latin word as printed without its diacritics costs. */
    static final double DIACRITICS_PENALTY = 0.03;
    /**
     * Words shorter than this (letters, after the marks are gone) get no reading without diacritics: among short
     * words one without marks is too often another word (Šír, Sir).
     */
    static final int DIACRITICS_MIN_LETTERS = 5;
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    /** Latin letters that Unicode does not decompose, with how they are printed without their mark (đ: {@link #unmarked}). */
    private static final Map<Character, String> UNMARKED = Map.ofEntries(Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('ı', "i"), Map.entry('ø', "o"), Map.entry('Ø', "O"),
            Map.entry('ħ', "h"), Map.entry('Ħ', "H"));

    /** What reading a land's name through the Latin -ia ending costs. */
    static final double LAND_PENALTY = 0.03;
    /**
     * The endings that European languages write for the Latin -ia of lands' names: German -ien (Ossetien,
     * Georgien), French -ie (Ossétie, Géorgie), the -ija/-iya of Slavic and Turkic Latin spellings.
     */
    private static final String[] LAND_ENDINGS = {"ien", "ie", "ija", "iya", "ía"};

    /** What reading a surname without its Russian suffix costs ({@link #withoutRussianSuffix}). */
    static final double SURNAME_SUFFIX_PENALTY = 0.04;
    /** The shortest stem (in Latin letters: Юнус counts as Yunus) read as a surname of its own. */
    private static final int MIN_SURNAME_STEM = 5;
    /** -ova, -ov as English, French and Russian write them, and German and Polish -owa, -ow, -ewa, -ew. */
    private static final String[] RUSSIAN_SURNAME_SUFFIXES = {"ova", "eva", "owa", "ewa", "ова", "ева", "ёва",
        "ov", "ev", "ow", "ew", "ов", "ев", "ёв"};

    /** One word: its text as written and its keys. */
    record Token(String text, List<NameKeys.Key> keys) {
    }

    /** A query's words: read as any entity's, people's surnames with and without the Russian suffix included. */
    static AnalyzedName of(String name) {
        return of(name, true);
    }

    /**
     * {@code surnames}: read capitalised words as surnames with and without the Russian suffix too
     * ({@link #surnameKeys}): for queries, and for the names of people in the index.
     */
    static AnalyzedName of(String name, boolean surnames) {
        List<Token> tokens = new ArrayList<>();
        boolean region = false;
        // Token texts are NFC, so that two spellings written the same compare equal without normalizing again.
        String composed = java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC) ? name
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        for (Words.Word word : Words.of(composed)) {
            String text = withoutElision(word.text());
            if (isFunctionWord(text) || CONNECTORS.contains(text.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String part : parts(text)) {
                List<NameKeys.Key> keys = keys(part);
                if (keys.isEmpty()) {
                    continue;
                }
                region |= GenericWords.isRegion(keys.get(0).skeleton());
                if (part.indexOf('ё') >= 0 || part.indexOf('Ё') >= 0) {
                    // Russian ё is mostly printed as е (Пётр, Петр: Pyotr, Petr).
                    keys = withReading(keys, part.replace('ё', 'е').replace('Ё', 'Е'));
                }
                String consonantal = consonantalU(part);
                if (consonantal != null) {
                    // Belarusian ў (Łacinka ŭ) after a vowel is also the w of BGN and of Polish and German
                    // spellings: Барысаў, Barysaŭ, Barysaw, Barysau.
                    keys = withReading(keys, consonantal);
                }
                for (String plain : withoutDiacritics(part)) {
                    // Latin letters with marks are often printed without them (Vučić, Vucic; Łukašenka, Lukasenka;
                    // Kılıçdaroğlu, Kilicdaroglu; Đukanović, Djukanovic), which reads some letters as others.
                    keys = withReading(keys, plain, DIACRITICS_PENALTY);
                }
                String land = asLatinLand(part);
                if (land != null) {
                    keys = withKey(keys, new NameKeys.Key(NameKeys.skeleton(land), LAND_PENALTY));
                }
                if (surnames) {
                    for (NameKeys.Key key : surnameKeys(part)) {
                        keys = withKey(keys, key);
                    }
                }
                if (isAcronym(part)) {
                    keys = withKey(keys, new NameKeys.Key(ACRONYM_MARK + NameKeys.skeleton(part), 0));
                }
                tokens.add(new Token(part, keys));
            }
        }
        if (region && tokens.size() > 1) {
            tokens.replaceAll(AnalyzedName::withStems);
        }
        return new AnalyzedName(List.copyOf(tokens));
    }

    /**
     * The acronym of a name of three to six words (hyphenated parts count as words, function words and
     * conjunctions do not), or null. Its initials keep their letters as written (UÇK); see {@link #acronymName}.
     */
    static String acronym(String name) {
        List<String> initials = initials(name);
        return initials.size() < 3 ? null : String.join("", initials.subList(0, Math.min(6, initials.size())));
    }

    /** The initials of a name's words, in capitals, function words and conjunctions left out. */
    private static List<String> initials(String name) {
        List<String> initials = new ArrayList<>();
        for (Words.Word word : Words.of(name)) {
            String text = withoutElision(word.text());
            if (!ACRONYM_SKIPPED.contains(text.toLowerCase(Locale.ROOT))) {
                initials.add(new String(Character.toChars(Character.toUpperCase(text.codePointAt(0)))));
            }
        }
        return initials;
    }

    /**
     * The acronyms of a name: the initials of its first three words, four … up to all of them (at most six),
     * since the press often leaves out a trailing complement (ФСБ of Федеральная служба безопасности
     * Российской Федерации; ГУР of Головне управління розвідки Міністерства оборони України).
     */
    static List<String> acronyms(String name) {
        List<String> initials = initials(name);
        List<String> acronyms = new ArrayList<>();
        // A name that is acronyms joined by a hyphen is also its first one (VMRO of VMRO-DPMNE, ВМРО of ВМРО-ДПМНЕ).
        List<Words.Word> words = Words.of(name);
        if (words.size() == 2 && name.indexOf('-') > 0 && words.stream().allMatch(w -> isAcronym(w.text()))
                && words.get(0).text().codePointCount(0, words.get(0).text().length()) >= 3) {
            acronyms.add(words.get(0).text());
        }
        for (int letters = 3; letters <= Math.min(6, initials.size()); letters++) {
            acronyms.add(String.join("", initials.subList(0, letters)));
        }
        // Two acronyms, the body's and its complement's (ФСБ РФ, ГУР МО of Головне управління розвідки Міністерства
        // оборони України: the last word, the country, may go unsaid too).
        if (initials.size() >= 5 && initials.size() <= 8) {
            for (int body = 3; body <= Math.min(4, initials.size() - 2); body++) {
                String first = String.join("", initials.subList(0, body));
                for (int end = initials.size(); end >= initials.size() - 1 && end - body >= 2; end--) {
                    acronyms.add(first + " " + String.join("", initials.subList(body, end)));
                }
            }
        }
        return acronyms;
    }

    /**
     * The name an acronym is indexed as: one word per acronym (two for ФСБ РФ) whose only keys are acronym keys (with
     * and without marks: UÇK, UCK).
     */
    static AnalyzedName acronymName(String acronyms) {
        List<Token> tokens = new ArrayList<>();
        for (String acronym : acronyms.split(" ")) {
            tokens.add(acronymToken(acronym));
        }
        return new AnalyzedName(List.copyOf(tokens));
    }

    private static Token acronymToken(String acronym) {
        List<NameKeys.Key> keys = new ArrayList<>();
        keys.add(new NameKeys.Key(ACRONYM_MARK + NameKeys.skeleton(acronym), 0));
        String plain = java.text.Normalizer.normalize(acronym, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        NameKeys.Key unmarked = new NameKeys.Key(ACRONYM_MARK + NameKeys.skeleton(plain), 0.02);
        if (!unmarked.skeleton().equals(keys.get(0).skeleton())) {
            keys.add(unmarked);
        }
        return new Token(acronym, List.copyOf(keys));
    }

    /** Whether a word is written as an acronym: two to six letters, all capitals. */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return letters >= 2 && letters <= 6;
    }

    /**
     * A word as the words it stands for: a German compound of a compass word or Berg (Südossetien: süd,
     * ossetien; Bergkarabach: berg, karabach) or
     * of -tal (Ferghanatal), a colloquial region (Харківщина: Харків, область); else the word itself.
     * Only capitalised words are split, and only where the rest is a name of five letters or more.
     */
    static List<String> parts(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.charAt(0))) {
            return List.of(word);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String prefix : COMPOUND_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() - prefix.length() >= 5 && !word.contains("-")) {
                String rest = word.substring(prefix.length());
                return List.of(word.substring(0, prefix.length()), rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1));
            }
        }
        for (String suffix : COLLOQUIAL_REGION) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 3) {
                return List.of(word.substring(0, word.length() - suffix.length()), "oblast");
            }
        }
        if (lower.endsWith(VALLEY_SUFFIX) && lower.length() - VALLEY_SUFFIX.length() >= 5) {
            return List.of(word.substring(0, word.length() - VALLEY_SUFFIX.length()), VALLEY_SUFFIX);
        }
        return List.of(word);
    }

    /** {@code keys} with the keys of another reading of the word added ({@link #YO_PENALTY} more each), once each. */
    private static List<NameKeys.Key> withReading(List<NameKeys.Key> keys, String reading) {
        return withReading(keys, reading, YO_PENALTY);
    }

    /** {@code keys} with the keys of another reading of the word added ({@code penalty} more each), once each. */
    private static List<NameKeys.Key> withReading(List<NameKeys.Key> keys, String reading, double penalty) {
        List<NameKeys.Key> all = keys;
        for (NameKeys.Key other : NameKeys.keys(reading)) {
            NameKeys.Key key = new NameKeys.Key(other.skeleton(), other.penalty() + penalty);
            if (all.stream().noneMatch(k -> k.skeleton().equals(key.skeleton()))) {
                all = withKey(all, key);
            }
        }
        return all;
    }

    /** The word with each ў/ŭ that follows a vowel written в/w, or null when it has none (Uzbek Ўзбекистон keeps its vowel). */
    static String consonantalU(String word) {
        StringBuilder out = null;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c == 'ў' || c == 'ŭ') && "aeiouyаеиоуыэюяіїєё".indexOf(Character.toLowerCase(word.charAt(i - 1))) >= 0) {
                if (out == null) {
                    out = new StringBuilder(word);
                }
                out.setCharAt(i, c == 'ў' ? 'в' : 'w');
            }
        }
        return out == null ? null : out.toString();
    }

    /**
     * A Latin word with diacritics as it is printed without them: the marks dropped (NFD), {@code ł ı ø} as
     * {@code l i o}, and {@code đ} both as {@code d} and as {@code dj} (the ASCII of Serbian and Croatian, Djukanović).
     * Empty for a word without marks, a word of another script, or one shorter than {@link #DIACRITICS_MIN_LETTERS}.
     */
    static List<String> withoutDiacritics(String word) {
        boolean marked = false;
        for (int i = 0; i < word.length() && !marked; i++) {
            char c = word.charAt(i);
            marked = c >= 0xC0 && Character.isLetter(c) && !Words.isApostrophe(c);
        }
        if (!marked || !Folding.isLatin(word)) {
            return List.of();
        }
        String stripped = MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("");
        String plain = unmarked(stripped, "d", "D");
        if (plain.codePoints().filter(Character::isLetter).count() < DIACRITICS_MIN_LETTERS || plain.equals(word)) {
            return List.of();
        }
        // A letter left above U+00FF that is no Latin-1 letter (ə, ŋ …): no plain spelling to offer for it.
        if (plain.chars().anyMatch(c -> c > 0xFF && Character.isLetter(c))) {
            return List.of();
        }
        boolean dj = stripped.indexOf('đ') >= 0 || stripped.indexOf('Đ') >= 0;
        return dj ? List.of(plain, unmarked(stripped, "dj", "Dj")) : List.of(plain);
    }

    /** {@code stripped} with the letters of {@link #UNMARKED} written plain, {@code đ Đ} as given. */
    private static String unmarked(String stripped, String dj, String capitalDj) {
        StringBuilder plain = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            String unmarked = c == 'đ' ? dj : c == 'Đ' ? capitalDj : UNMARKED.get(c);
            plain.append(unmarked == null ? String.valueOf(c) : unmarked);
        }
        return plain.toString();
    }

    /**
     * A capitalised word of six letters or more with one of the {@link #LAND_ENDINGS} after a consonant,
     * written with -ia instead (Südossetien: ossetia, Ossétie: Ossétia), or null.
     */
    static String asLatinLand(String word) {
        if (word.length() < 6 || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : LAND_ENDINGS) {
            int stem = lower.length() - ending.length();
            if (lower.endsWith(ending) && stem >= 4 && !NameKeys.isVowel(lower.charAt(stem - 1)) && lower.charAt(stem - 1) != 'y') {
                return word.substring(0, stem) + "ia";
            }
        }
        return null;
    }

    /**
     * A surname without the Russian suffix that Soviet registries added and that Tajikistan, Azerbaijan and Central
     * Asia's naming since independence drops (Rahmonov: Rahmon, Ismayilova: Ismayil, Рахмонов: Рахмон), or null: a
     * capitalised word with -ov, -ev, -ova, -eva (Latin, also German and Polish -ow, -owa, or Cyrillic) after a stem
     * that ends in a consonant and has five letters or more (Cyrillic ю, я, ё, є, ї count two: Юнус is Yunus), so that
     * given names (Ivanov: Ivan) and stems ending in y (Nazarbayev) keep their one reading. See {@link #surnameKeys}.
     */
    static String withoutRussianSuffix(String word) {
        if (word.length() < 7 || !Character.isUpperCase(word.codePointAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String suffix : RUSSIAN_SURNAME_SUFFIXES) {
            int stem = lower.length() - suffix.length();
            if (lower.endsWith(suffix) && stem >= 3 && endsInConsonant(lower.substring(0, stem))
                    && latinLength(lower.substring(0, stem)) >= MIN_SURNAME_STEM) {
                return word.substring(0, stem);
            }
        }
        return null;
    }

    /**
     * The keys that join a surname with and without the Russian suffix, by gender ({@link #MASCULINE_MARK},
     * {@link #FEMININE_MARK}): Rahmonov has the masculine key of Rahmon, Ismayilova the feminine key of Ismayil, and a
     * surname without the suffix (Rahmon, Ismayil: five letters or more, ending in a consonant) has both. So Rahmonov
     * and Rahmonova both find Rahmon, and Karimov (Islam) never finds Karimova (Gulnara), nor the other way round.
     */
    static List<NameKeys.Key> surnameKeys(String word) {
        String stem = withoutRussianSuffix(word);
        if (stem != null) {
            String lower = word.toLowerCase(Locale.ROOT);
            char mark = lower.endsWith("a") || lower.endsWith("а") ? FEMININE_MARK : MASCULINE_MARK;
            return List.of(new NameKeys.Key(mark + NameKeys.skeleton(stem), SURNAME_SUFFIX_PENALTY));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < 5 || !Character.isUpperCase(word.codePointAt(0)) || !endsInConsonant(lower)
                || latinLength(lower) < MIN_SURNAME_STEM) {
            return List.of();
        }
        String skeleton = NameKeys.skeleton(word);
        // The word as it is: only the other side's reading of its suffix costs.
        return List.of(new NameKeys.Key(MASCULINE_MARK + skeleton, 0), new NameKeys.Key(FEMININE_MARK + skeleton, 0));
    }

    private static boolean endsInConsonant(String lower) {
        char last = lower.charAt(lower.length() - 1);
        return Character.isLetter(last) && !NameKeys.isVowel(last) && "yйьъ".indexOf(last) < 0
                && "aeiouyаеиоуыэюяёіїєəı".indexOf(last) < 0;
    }

    /** Letters, the iotated Cyrillic vowels counting two, as Latin writes them (ю: yu). */
    private static int latinLength(String lower) {
        int length = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            length += "юяёєї".indexOf(c) >= 0 ? 2 : Character.isLetter(c) ? 1 : 0;
        }
        return length;
    }

    /** A word of a region phrase with the stem keys of each of its readings added; generic words stay as they are. */
    private static Token withStems(Token token) {
        String skeleton = token.keys().get(0).skeleton();
        char first = skeleton.charAt(0);
        if (first == GENERIC_MARK || first == ACRONYM_MARK) {
            return token;
        }
        List<NameKeys.Key> keys = token.keys();
        for (NameKeys.Key reading : token.keys()) {
            if (isMarked(reading.skeleton())) {
                continue;
            }
            for (String stem : stems(reading.skeleton())) {
                NameKeys.Key key = new NameKeys.Key(STEM_MARK + stem, STEM_PENALTY + reading.penalty());
                if (keys.stream().noneMatch(k -> k.skeleton().equals(key.skeleton()))) {
                    keys = withKey(keys, key);
                }
            }
        }
        return new Token(token.text(), keys);
    }

    /**
     * The stems of a skeleton: without a final vowel (Hrodna: hrodn; Donetsk stays donetsk), and for an
     * adjective also without -sk-/-ensk- (Hrodnenska: hrodn, Harkivska: harkiv, Krasnodarski: krasnodar).
     */
    static List<String> stems(String skeleton) {
        List<String> stems = new ArrayList<>(3);
        String base = NameKeys.isVowel(skeleton.charAt(skeleton.length() - 1)) ? skeleton.substring(0, skeleton.length() - 1) : skeleton;
        add(stems, base);
        for (String suffix : new String[] {"ensk", "sk", "Tk", "zk", "Sk"}) {
            if (base.endsWith(suffix)) {
                add(stems, base.substring(0, base.length() - suffix.length()));
            }
        }
        return stems;
    }

    private static void add(List<String> stems, String stem) {
        if (stem.length() >= 3 && !stems.contains(stem)) {
            stems.add(stem);
        }
    }

    private static List<NameKeys.Key> withKey(List<NameKeys.Key> keys, NameKeys.Key key) {
        List<NameKeys.Key> more = new ArrayList<>(keys.size() + 1);
        more.addAll(keys);
        more.add(key);
        return List.copyOf(more);
    }

    /** French and Italian elided articles and prepositions are function words: mer d'Azov, l'Ukraine. */
    static String withoutElision(String word) {
        boolean elided = word.length() > 2 && Words.isApostrophe(word.charAt(1))
                && "dlDL".indexOf(word.charAt(0)) >= 0 && Character.isUpperCase(word.charAt(2));
        return elided ? word.substring(2) : word;
    }

    /**
     * The keys of one word of a name: its {@link NameKeys}, and first its meaning for a generic word (which
     * keeps its own keys too, so a spelling the table lacks still matches: Kengesch for Kengesh).
     */
    static List<NameKeys.Key> keys(String word) {
        String meaning = GenericWords.meaning(word);
        List<NameKeys.Key> own = NameKeys.keys(word);
        return meaning == null ? own : withFirst(new NameKeys.Key(GENERIC_MARK + meaning, 0), own);
    }

    private static List<NameKeys.Key> withFirst(NameKeys.Key key, List<NameKeys.Key> keys) {
        List<NameKeys.Key> all = new ArrayList<>(keys.size() + 1);
        all.add(key);
        all.addAll(keys);
        return List.copyOf(all);
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a key is one of the marked kinds (generic, stem, acronym) that skeleton fuzziness leaves alone. */
    static boolean isMarked(String key) {
        char first = key.charAt(0);
        return first == GENERIC_MARK || first == STEM_MARK || first == ACRONYM_MARK || first == MASCULINE_MARK
                || first == FEMININE_MARK;
    }

    int size() {
        return tokens.size();
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }
}
