package org.livebrief.names;

/**
 * How well a query covers one name of an entity, from the scores of query word × name word pairs.
 *
 * <p>A person's name needs its surname. A query of one word may be the surname alone; a query of
 * several words must also match the given name, so "Vitali Klitschko" never resolves to Wladimir
 * Klitschko. One unmatched middle word (a patronymic, a second given name) costs a little, except in names
 * of a tradition without middle names ({@link NameCard#namesWithoutMiddleNames}), where none may. Any other
 * name (places, organisations) must match word for word, in any order, with no word left over, but for a
 * generic word that may go unsaid: an organisation's kind (Wagner, PMC Wagner, Wagner Group) and a river's or
 * lake's landform (Dnipro, Dnipro River). At least one word that is not such a word must match.
 */
record FormScore(double value, boolean surnameOnly) {

    static final FormScore NONE = new FormScore(0, false);
    static final double SURNAME_ONLY = 0.97;
    static final double SKIPPED_MIDDLE = 0.08;
    static final double MISSING_MIDDLE = 0.02;

    /** What each generic word that one side leaves out costs (Wagner for Wagner Group, Dnipro River for Dnipro). */
    static final double OPTIONAL_WORD = 0.04;

    static FormScore of(EntityType type, double[][] scores) {
        return of(type, scores, new boolean[scores.length], new boolean[scores[0].length]);
    }

    /**
     * {@code optionalQuery}/{@code optionalName}: the words that one side may leave out (for organisations the
     * words of their kind, for rivers and lakes the landform; see {@link GenericWords#isOptional}).
     */
    static FormScore of(EntityType type, double[][] scores, boolean[] optionalQuery, boolean[] optionalName) {
        return of(type, scores, optionalQuery, optionalName, false);
    }

    /**
     * {@code wholeGivenNames}: a person of a naming tradition without middle names (Persian, Pashto, Arabic …:
     * Ahmad Shah, Mohammad Reza are one given name), where no word of the registered name may be left out.
     */
    static FormScore of(EntityType type, double[][] scores, boolean[] optionalQuery, boolean[] optionalName,
                        boolean wholeGivenNames) {
        int words = scores[0].length;
        if (type == EntityType.PERSON && words >= 2) {
            return person(scores, words, wholeGivenNames);
        }
        return whole(scores, words, optionalQuery, optionalName);
    }

    private static FormScore person(double[][] s, int words, boolean wholeGivenNames) {
        int last = words - 1;
        if (s.length == 1) {
            return s[0][last] > 0 ? new FormScore(s[0][last] * SURNAME_ONLY, true) : NONE;
        }
        double first = s[0][0];
        double surname = s[s.length - 1][last];
        if (first == 0 || surname == 0) {
            return NONE;
        }
        double sum = first + surname;
        int matched = 2;
        int skipped = 0;
        for (int q = 1; q < s.length - 1; q++) {
            double middle = 0;
            for (int t = 1; t < last; t++) {
                middle = Math.max(middle, s[q][t]);
            }
            if (middle > 0) {
                sum += middle;
                matched++;
            } else {
                skipped++;
            }
        }
        int missing = Math.max(0, words - 2 - (matched - 2));
        // A name without middle names loses no word (Ahmad Massoud is not Ahmad Shah Massoud), but a query may add
        // one to the registered short form: a formal full name (Ali Hosseini Khamenei), a second given name.
        if (skipped > 1 || wholeGivenNames && missing > 0) {
            return NONE;
        }
        return new FormScore(sum / matched - SKIPPED_MIDDLE * skipped - MISSING_MIDDLE * missing, false);
    }

    private static FormScore whole(double[][] s, int words, boolean[] optionalQuery, boolean[] optionalName) {
        boolean[] used = new boolean[words];
        double sum = 0;
        int matched = 0;
        int left = 0;
        boolean identity = false;
        for (int q = 0; q < s.length; q++) {
            double[] query = s[q];
            int best = -1;
            for (int t = 0; t < words; t++) {
                if (!used[t] && query[t] > 0 && (best < 0 || query[t] > query[best])) {
                    best = t;
                }
            }
            if (best < 0) {
                if (!optionalQuery[q]) {
                    return NONE;
                }
                left++;
                continue;
            }
            used[best] = true;
            sum += query[best];
            matched++;
            identity |= !optionalName[best];
        }
        for (int t = 0; t < words; t++) {
            if (!used[t]) {
                if (!optionalName[t]) {
                    return NONE;
                }
                left++;
            }
        }
        if (!identity) {
            return NONE;
        }
        return new FormScore(sum / matched - OPTIONAL_WORD * left, false);
    }
}
