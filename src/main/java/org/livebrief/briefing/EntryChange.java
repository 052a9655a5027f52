package org.livebrief.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A public change of an entry that is about to be logged, fired by {@link Entries#publicChange} (a CDI event) in the
 * change's transaction before the change takes its briefing's lock. Work an in-transaction observer must do for
 * the change (tagging the entry's mentions) belongs here, not in an observer of the {@link Change}: from the
 * briefing's update until commit its row is locked, and every other publisher of the briefing waits for it (on
 * PostgreSQL under load each statement inside that lock is a round trip that waits for a CPU; docs/benchmarks.md,
 * "Stop 24"). Work that needs the change's seq registers itself with {@link #onLogged}: it runs inside the lock,
 * right after the change was appended.
 */
public final class EntryChange {

    private final Entry entry;
    private final Change.Kind kind;
    private final List<Consumer<Change>> onLogged = new ArrayList<>(1);

    EntryChange(Entry entry, Change.Kind kind) {
        this.entry = entry;
        this.kind = kind;
    }

    public Entry entry() {
        return entry;
    }

    public Change.Kind kind() {
        return kind;
    }

    /** Runs {@code then} with the logged change, in the same transaction, once it has its seq. */
    public void onLogged(Consumer<Change> then) {
        onLogged.add(then);
    }

    void logged(Change change) {
        onLogged.forEach(then -> then.accept(change));
    }
}
