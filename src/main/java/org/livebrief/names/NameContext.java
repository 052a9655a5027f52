package org.livebrief.names;

import java.time.LocalDate;
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
 * that none of them settles may be settled by the day the text was written (a name in use that day wins) and
 * last by an editor-set prominence ({@link NameIndex}).
 */
public final class NameContext {

    public static final NameContext NONE = new NameContext(List.of(), true, null);
    /** No context, no date and no prominence: every tie stays a tie (the first reading of a text). */
    static final NameContext UNSETTLED = new NameContext(List.of(), false, null);

    private final List<Supplier<Set<Long>>> scopes;
    private final boolean prominence;
    private final LocalDate date;

    private NameContext(List<Supplier<Set<Long>>> scopes, boolean prominence, LocalDate date) {
        this.scopes = scopes;
        this.prominence = prominence;
        this.date = date;
    }

    /**
     * This context on the day the text was written: of entities tied for a name, one whose matched name was in use
     * that day wins over those whose name was not (a former name, or one given later), before prominence.
     */
    public NameContext on(LocalDate day) {
        return new NameContext(scopes, prominence, day);
    }

    /** The day the text was written, or null when no one said. */
    LocalDate date() {
        return date;
    }

    /** Whether a tie that the scopes leave may be settled by an editor-set prominence ({@link NameIndex}). */
    boolean usesProminence() {
        return prominence;
    }

    /** The entities named elsewhere in the briefing, read once, on first need. */
    public static NameContext ofBriefing(Supplier<Set<Long>> entities) {
        return new NameContext(List.of(memo(entities)), true, null);
    }

    /** This context with the entities the text itself names before the others. */
    NameContext withText(Set<Long> inText) {
        List<Supplier<Set<Long>>> all = new ArrayList<>();
        all.add(() -> inText);
        all.addAll(scopes);
        return new NameContext(List.copyOf(all), prominence, date);
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
