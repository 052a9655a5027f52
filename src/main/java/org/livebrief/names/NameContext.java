package org.livebrief.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the authority knows around a name that two entities share (a surname alone, a town and its river):
 * the entities the same text names without doubt, then those its briefing has already named. A tie between
 * candidates is settled by the first of these that holds exactly one of them; when none does, or one holds
 * several, the name stays ambiguous: context never makes a guess, it only reads what was said before
 * (Vitali Klitschko, then "Klitschko"). The briefing's entities are read only when a tie needs them. A tie
 * that none of them settles may be settled by an editor-set prominence ({@link NameIndex}) last.
 */
public final class NameContext {

    public static final NameContext NONE = new NameContext(List.of(), true);
    /** No context and no prominence either: every tie stays a tie (the first reading of a text). */
    static final NameContext UNSETTLED = new NameContext(List.of(), false);

    private final List<Supplier<Set<Long>>> scopes;
    private final boolean prominence;

    private NameContext(List<Supplier<Set<Long>>> scopes, boolean prominence) {
        this.scopes = scopes;
        this.prominence = prominence;
    }

    /** Whether a tie that the scopes leave may be settled by an editor-set prominence ({@link NameIndex}). */
    boolean usesProminence() {
        return prominence;
    }

    /** The entities named elsewhere in the briefing, read once, on first need. */
    public static NameContext ofBriefing(Supplier<Set<Long>> entities) {
        return new NameContext(List.of(memo(entities)), true);
    }

    /** This context with the entities the text itself names before the others. */
    NameContext withText(Set<Long> inText) {
        List<Supplier<Set<Long>>> all = new ArrayList<>();
        all.add(() -> inText);
        all.addAll(scopes);
        return new NameContext(List.copyOf(all), prominence);
    }

    boolean isEmpty() {
        return scopes.isEmpty();
    }

    /** The one candidate the closest scope that names exactly one of them names, or null. */
    Long settle(List<Long> tied) {
        for (Supplier<Set<Long>> scope : scopes) {
            Set<Long> named = scope.get();
            List<Long> known = tied.stream().filter(named::contains).distinct().toList();
            if (known.size() == 1) {
                return known.get(0);
            }
            if (known.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static Supplier<Set<Long>> memo(Supplier<Set<Long>> supplier) {
        return new Supplier<>() {
            private Set<Long> value;

            @Override
            public synchronized Set<Long> get() {
                if (value == null) {
                    value = Set.copyOf(supplier.get());
                }
                return value;
            }
        };
    }
}
