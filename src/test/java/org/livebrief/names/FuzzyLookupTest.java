package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.livebrief.names.bench.AuthorityScale;

/**
 * Fuzzy matching looks up the one-edit neighbours of a skeleton's consonant signature instead of scanning
 * every skeleton of the index: it must find exactly what the scan finds.
 */
class FuzzyLookupTest {

    @Test
    void findsExactlyWhatAScanOfEverySkeletonFinds() {
        Random random = new Random(7);
        List<NameIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            entries.add(AuthorityScale.entity(i + 1L, random).entry());
        }
        NameIndex index = NameIndex.of(entries);
        List<String> skeletons = new ArrayList<>(index.skeletons());
        String symbols = "aeioubdfHklmnprsStTvzZCQ";
        int compared = 0;
        int withNeighbours = 0;
        for (int q = 0; q < 2_000; q++) {
            String query = mutate(skeletons.get(random.nextInt(skeletons.size())), random, symbols);
            Map<String, Double> scanned = new TreeMap<>();
            for (String other : skeletons) {
                double d = Similarity.distance(query, other);
                if (d > 0 && d != Similarity.NO_MATCH) {
                    scanned.put(other, d);
                }
            }
            Map<String, Double> looked = new TreeMap<>();
            index.near(query).forEach(e -> looked.put(e.getKey(), e.getValue()));
            assertThat(looked).as(query).isEqualTo(scanned);
            compared++;
            withNeighbours += scanned.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isEqualTo(2_000);
        assertThat(withNeighbours).as("queries near some skeleton: the comparison means something").isGreaterThan(500);
    }

    /** Up to two random edits of any kind. */
    private static String mutate(String skeleton, Random random, String symbols) {
        StringBuilder s = new StringBuilder(skeleton);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 1; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, symbols.charAt(random.nextInt(symbols.length())));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, symbols.charAt(random.nextInt(symbols.length())));
                default -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return s.toString();
    }

    @Test
    void signaturesAreTheConsonantsWithMAsN() {
        assertThat(NameIndex.signature("zelenski")).isEqualTo("zlnsk");
        assertThat(NameIndex.signature("istambul")).isEqualTo(NameIndex.signature("istanbul"));
        assertThat(Set.of(NameIndex.signature("aeiou"))).containsExactly("");
    }
}
