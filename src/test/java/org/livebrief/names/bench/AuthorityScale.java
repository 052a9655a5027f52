package org.livebrief.names.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.livebrief.names.EntityType;
import org.livebrief.names.NameIndex;
import org.livebrief.names.Romanization;

/**
 * The name authority at the size of a gazetteer (issue 16, item 9): builds an in-memory {@link NameIndex} of
 * N entities and measures the heap it takes, the time to build it, and the time to resolve queries against
 * it. The entities are generated, deterministically (seed 14), the way a GeoNames import would register
 * them: a place or person with a Ukrainian and a Russian name in Cyrillic (made from syllables of each
 * language) and an English spelling (BGN/PCGN of the Ukrainian). Queries are other spellings of registered
 * names (German and Polish press conventions, dropped soft signs), names nobody registered, and Cyrillic
 * names; each is resolved once (no cache helps a first sight).
 *
 * <p>Run: {@code bench/names/scale.sh [entities] [queries]} (defaults 100000 and 3000). Prints a Markdown table.
 */
public final class AuthorityScale {

    private static final String[] UK_SYLLABLES = {"ко", "ва", "ли", "бо", "ро", "ди", "ми", "че", "го", "ла", "ри",
        "жи", "ху", "пі", "сте", "кра", "зо", "ві", "ша", "ню", "ки", "ло", "дра", "ти", "мо", "шу", "хо", "щи"};
    private static final String[] PLACE_ENDINGS = {"ів", "івка", "ове", "инці", "ськ", "ичі", "опіль", "енка", "ани", "ин"};
    private static final String[] GIVEN = {"Олександр", "Іван", "Петро", "Михайло", "Андрій", "Ольга", "Марія",
        "Наталія", "Сергій", "Дмитро", "Тарас", "Оксана", "Юрій", "Василь", "Ірина", "Віктор"};

    private AuthorityScale() {
    }

    public record Generated(NameIndex.Entry entry, String english) {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Random random = new Random(14);
        List<Generated> generated = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            generated.add(entity(i + 1L, random));
        }
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        NameIndex index = NameIndex.of(generated.stream().map(Generated::entry).toList());
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeap();

        List<String> asked = new ArrayList<>(queries);
        for (int q = 0; q < queries; q++) {
            Generated g = generated.get(random.nextInt(size));
            asked.add(switch (q % 4) {
                case 0 -> german(g.english());
                case 1 -> polish(g.english());
                case 2 -> g.entry().forms().get(1).text();
                default -> nobody(random);
            });
        }
        // Warm the JIT on other queries, then time each query once.
        for (int w = 0; w < 300; w++) {
            index.resolve(german(generated.get(random.nextInt(size)).english()) + "o", 3);
        }
        double[] millis = new double[asked.size()];
        int found = 0;
        for (int q = 0; q < asked.size(); q++) {
            long t = System.nanoTime();
            found += index.resolve(asked.get(q), 3).matches().isEmpty() ? 0 : 1;
            millis[q] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| entities | names | build | heap after GC | per entity | resolve p50 | p99 | max | answered |%n");
        System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f s | %.0f MiB | %.2f KiB | %.2f ms | %.2f ms | %.1f ms | %d of %d |%n",
                size, size * 3, buildSeconds, (heapAfter - heapBefore) / 1048576.0,
                (heapAfter - heapBefore) / 1024.0 / size, millis[millis.length / 2],
                millis[(int) Math.ceil(millis.length * 0.99) - 1], millis[millis.length - 1], found, asked.size());
        if (index.size() != size) {
            throw new IllegalStateException("index holds " + index.size());
        }
    }

    public static Generated entity(long id, Random random) {
        boolean person = random.nextInt(3) == 0;
        StringBuilder stem = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            stem.append(UK_SYLLABLES[random.nextInt(UK_SYLLABLES.length)]);
        }
        String ukrainian;
        if (person) {
            ukrainian = GIVEN[random.nextInt(GIVEN.length)] + " " + capital(stem + (random.nextBoolean() ? "енко" : "ський"));
        } else {
            ukrainian = capital(stem + PLACE_ENDINGS[random.nextInt(PLACE_ENDINGS.length)]);
        }
        String russian = ukrainian.replace('і', 'и').replace('ї', 'и').replace('є', 'е').replace("ський", "ский");
        String english = Romanization.BGN_UK.romanize(ukrainian).replace("ʹ", "").replace("'", "");
        List<NameIndex.Form> forms = List.of(new NameIndex.Form(english, 1), new NameIndex.Form(ukrainian, 1),
                new NameIndex.Form(russian, 1));
        return new Generated(new NameIndex.Entry(id, person ? EntityType.PERSON : EntityType.PLACE, forms), english);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String german(String english) {
        return english.replace("kh", "ch").replace("zh", "sch").replace("sh", "sch").replace("y", "j").replace("v", "w");
    }

    static String polish(String english) {
        return english.replace("kh", "ch").replace("sh", "sz").replace("ch", "cz").replace("v", "w").replace("y", "j");
    }

    static String nobody(Random random) {
        StringBuilder word = new StringBuilder();
        String letters = "bdfgklmnprstvz";
        String vowels = "aeiou";
        for (int i = 0; i < 3; i++) {
            word.append(letters.charAt(random.nextInt(letters.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return capital(word + "ton");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
