package org.livebrief.names;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an entity's registered English name comes from: a romanization of its native name in one language,
 * which each house style may write its own way, or a conventional English name, which every style writes as
 * registered.
 *
 * <p>The rule. The English name is a romanization of the native name in language L when it has as many words
 * as that name and each word is what a known system for L makes of the native word — KMU 2010 or BGN/PCGN
 * for Ukrainian, BGN/PCGN for Russian, the national systems of {@link Romanization} for the languages that
 * have one, the scholarly system for any Cyrillic, or any shipped house style (its
 * rules and its own spellings) —
 * ignoring letter case, diacritics, apostrophes and soft-sign marks. A native name in Latin letters is its own
 * romanization (Recep Tayyip Erdogan is the Turkish name; no style re-spells it). Then:
 * <ul>
 *   <li>no such language: a conventional English name (Moscow for Москва/Moskva, Sea of Azov for Азовське
 *       море, Crimea, Black Sea, Kremlin, Washington). It is the English name in every style;</li>
 *   <li>exactly one: the source language. A style spells the name from the native name in that language, so
 *       Grozny (Russian Грозный, not Ukrainian Грозний/Hroznyi) and Vladimir Putin (not Volodymyr) stay
 *       Russian-based in every style, and Zelenskiy (Ukrainian Зеленський) is Zelenskyy in AP's;</li>
 *   <li>more than one: the registered name stays. Чечня is Ukrainian and Russian alike and Chechnya
 *       romanizes both; AP's system for Ukrainian would make it Chechnia, which no outlet writes. A style
 *       re-spells a name only when it can tell which language's system applies: a wrong re-spelling of a
 *       right name is a false alarm in every text, a missed one is a single spelling an editor can set.</li>
 * </ul>
 *
 * <p>Why not word skeletons ({@link NameKeys}): they say two spellings are the same name, not that one
 * is a romanization of the other. Washington and Вашингтон (Vashynhton) share a skeleton, and so do Recep
 * and Реджеп (Redzhep) under one reading; a style would re-spell them.
 */
final class EnglishOrigin {

    /** The systems whose output counts as a romanization of a language, besides the shipped styles. */
    private static final Map<String, List<Romanization>> SYSTEMS = Map.ofEntries(
            Map.entry("uk", List.of(Romanization.KMU2010, Romanization.BGN_UK, Romanization.SCHOLARLY)),
            Map.entry("ru", List.of(Romanization.BGN_RU, Romanization.SCHOLARLY)),
            Map.entry("be", List.of(Romanization.BE_NATIONAL, Romanization.BE_LACINKA, Romanization.BGN_BE,
                    Romanization.SCHOLARLY)),
            Map.entry("kk", List.of(Romanization.KK_LATIN_2021, Romanization.BGN_KK, Romanization.SCHOLARLY)),
            Map.entry("uz", List.of(Romanization.UZ_LATIN, Romanization.SCHOLARLY)),
            Map.entry("ky", List.of(Romanization.BGN_KY, Romanization.SCHOLARLY)),
            Map.entry("bg", List.of(Romanization.BG_STREAMLINED, Romanization.SCHOLARLY)),
            Map.entry("mk", List.of(Romanization.BGN_MK, Romanization.SCHOLARLY)),
            Map.entry("sr", List.of(Romanization.BGN_SR, Romanization.SCHOLARLY)),
            Map.entry("ka", List.of(Romanization.KA_NATIONAL)),
            Map.entry("hy", List.of(Romanization.ARMENIAN)));
    private static final List<Romanization> OTHER_SYSTEMS = List.of(Romanization.SCHOLARLY);
    private static final Pattern MARKS = Pattern.compile("[\\p{M}ʹʺ'’ʼ`´]");

    private EnglishOrigin() {
    }

    /**
     * The language whose native name {@code english} romanizes, when exactly one does; empty for a
     * conventional English name and when more than one does.
     */
    static Optional<String> language(String english, Map<String, String> natives) {
        List<String> words = Words.of(english).stream().map(w -> plain(w.text())).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String source = null;
        for (Map.Entry<String, String> nativeName : natives.entrySet()) {
            if (!"en".equals(nativeName.getKey()) && romanizes(english, words, nativeName.getValue(), nativeName.getKey())) {
                if (source != null) {
                    return Optional.empty();
                }
                source = nativeName.getKey();
            }
        }
        return Optional.ofNullable(source);
    }

    private static boolean romanizes(String english, List<String> words, String nativeName, String language) {
        List<Words.Word> nativeWords = Words.of(nativeName);
        if (nativeWords.size() == words.size() && wordByWord(words, nativeWords, language)) {
            return true;
        }
        String whole = plain(english);
        return HouseStyle.shipped().stream().anyMatch(style ->
                style.spell(nativeName, language).map(EnglishOrigin::plain).filter(whole::equals).isPresent());
    }

    private static boolean wordByWord(List<String> words, List<Words.Word> nativeWords, String language) {
        for (int i = 0; i < words.size(); i++) {
            if (!readings(nativeWords.get(i).text(), language).contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** What the known systems and styles make of one native word, plain. */
    private static Set<String> readings(String word, String language) {
        Set<String> readings = new HashSet<>();
        for (Romanization system : SYSTEMS.getOrDefault(language, OTHER_SYSTEMS)) {
            readings.add(plain(system.romanize(word)));
        }
        for (HouseStyle style : HouseStyle.shipped()) {
            style.spell(word, language).map(EnglishOrigin::plain).ifPresent(readings::add);
        }
        return readings;
    }

    /** Lower case without diacritics, apostrophes and soft-sign marks: Zelensʹkyĭ is zelenskyi. */
    static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
