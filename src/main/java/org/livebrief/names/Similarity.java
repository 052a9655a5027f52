package org.livebrief.names;

/**
 * Fuzzy comparison of two skeletons ({@link NameKeys}): a weighted, bounded edit distance. An inserted
 * or dropped i costs half (iotation and y/i spellings vary most), a vowel for a vowel 0.6, m for n 0.5,
 * anything else 1. How far two skeletons may be apart grows with their length; guards refuse what would merge
 * different names: a length difference over one letter (Mykolaiv is not Mykolaivka) a final -a on
 * one side only (Zelenska is not Zelenskiy, Navalnaya is not Navalny), and a final a/o/u against a final
 * consonant (Stalino is not Stalin; Baku and Bakı, both ending in a vowel, may still match).
 */
final class Similarity {

    static final double NO_MATCH = Double.POSITIVE_INFINITY;

    private Similarity() {
    }

    /** The largest distance allowed between skeletons of these lengths. */
    static double bound(int shorter) {
        if (shorter < 4) {
            return 0;
        }
        if (shorter == 4) {
            return 0.5;
        }
        return shorter < 8 ? 1.0 : 1.6;
    }

    /** The distance of {@code a} and {@code b} when it is within the bound, else {@link #NO_MATCH}. */
    static double distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (AnalyzedName.isMarked(a) || AnalyzedName.isMarked(b)) {
            return NO_MATCH;
        }
        double bound = bound(Math.min(a.length(), b.length()));
        if (bound == 0 || Math.abs(a.length() - b.length()) > 1 || endsInA(a) != endsInA(b)
                || endsInFullVowel(a) != endsInFullVowel(b) && !(endsInVowel(a) && endsInVowel(b))) {
            return NO_MATCH;
        }
        double d = weighted(a, b, bound);
        return d <= bound ? d : NO_MATCH;
    }

    /**
     * Whether the skeleton ends in a, o or u. Such a final vowel that one side lacks is an ending, not a
     * spelling: Stalino is not Stalin, Ivano is not Ivan. A final i or e is left to the bound: Batum is
     * Batumi, -iy/-yi/-y endings are i, and a final e is often mute or a romanized ending (Poutine,
     * Μαριούπολη).
     */
    private static boolean endsInFullVowel(String s) {
        char last = s.charAt(s.length() - 1);
        return last == 'a' || last == 'o' || last == 'u';
    }

    private static boolean endsInVowel(String s) {
        return NameKeys.isVowel(s.charAt(s.length() - 1));
    }

    private static boolean endsInA(String s) {
        return s.charAt(s.length() - 1) == 'a';
    }

    private static double weighted(String a, String b, double bound) {
        int n = a.length();
        int m = b.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + indel(a.charAt(i - 1));
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            double rowMin = Double.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                double best = Math.min(d[i - 1][j - 1] + substitution(x, y),
                        Math.min(d[i - 1][j] + indel(x), d[i][j - 1] + indel(y)));
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > bound) {
                return NO_MATCH;
            }
        }
        return d[n][m];
    }

    private static double indel(char c) {
        if (c == 'i') {
            return 0.5;
        }
        return NameKeys.isVowel(c) ? 0.8 : 1;
    }

    private static double substitution(char x, char y) {
        if (x == y) {
            return 0;
        }
        if (NameKeys.isVowel(x) && NameKeys.isVowel(y)) {
            return 0.6;
        }
        return isNasal(x) && isNasal(y) ? 0.5 : 1;
    }

    /** m and n trade places before labials (Istambul, Stambuł). */
    private static boolean isNasal(char c) {
        return c == 'm' || c == 'n';
    }
}
