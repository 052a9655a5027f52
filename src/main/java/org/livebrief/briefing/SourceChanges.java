package org.livebrief.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livebrief.platform.Caller;
import org.livebrief.platform.ETags;
import org.livebrief.platform.ProblemException;

/**
 * Translation links between entries (issue #18, item 5): which entries translate which, and the "source changed"
 * flag a translation carries after its source was corrected or retracted. The flag is written in the transaction of
 * the source's change (not from the change log after commit): the change and the flag commit together or not at
 * all, so no flag is ever lost and none is raised for a change that rolled back. It touches neither the
 * translation's row nor its version, so the translation's public page, feeds and ETags stay as they were until its
 * editor updates it (a revise that changes its text) or confirms it unchanged.
 */
@ApplicationScoped
public class SourceChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Entries entries;

    /** The source as a translation last knew it: its version and body before the change now being made. */
    record Before(long version, String body) {
        static Before of(Entry source) {
            return new Before(source.version(), source.body());
        }
    }

    /** Flags every translation of {@code source}: it was corrected or retracted ({@code kind}), {@code before}. */
    void sourceChanged(Entry source, SourceChange.Kind kind, Before before, String note) {
        List<Long> translations = em.createQuery("select e.id from Entry e where e.translationOf = :s", Long.class)
                .setParameter("s", source.id()).getResultList();
        for (long id : translations) {
            SourceChange flag = em.find(SourceChange.class, id);
            boolean first = flag == null;
            if (first) {
                flag = new SourceChange(id, source.id(), before.version(), before.body());
            }
            flag.changed(kind, note, LiveBriefing.now(clock));
            if (first) {
                em.persist(flag);
            }
        }
    }

    /** The translation {@code entryId} was brought in step with its source: its flag, if any, goes. */
    void synced(long entryId) {
        em.createQuery("delete from SourceChange c where c.entryId = :id").setParameter("id", entryId).executeUpdate();
    }

    /**
     * {@code POST …/entries/{id}/source-confirmed}: an editor says the translation still holds after its source
     * changed. The version first (412), then the flag (409 when there is none); the entry itself is unchanged.
     */
    @Transactional
    public Entry confirm(long briefingId, long entryId, String ifMatch, Caller caller) {
        Entry entry = entries.find(briefingId, entryId, caller);
        if (!caller.canEditAnything()) {
            throw ProblemException.forbidden("Only editors confirm a translation after its source changed");
        }
        ETags.require(ifMatch, entry.version());
        SourceChange flag = em.find(SourceChange.class, entryId);
        if (flag == null) {
            throw ProblemException.conflict("source-not-changed",
                    "The entry's source has not changed since it was last updated or confirmed",
                    Map.of("version", entry.version()));
        }
        em.remove(flag);
        return entry;
    }

    /**
     * The flags of those of {@code ids} whose source changed, by entry id. One entry (every write answers with one) is
     * a lookup by primary key; a page is one query.
     */
    private Map<Long, SourceChange> flags(Collection<Long> ids) {
        Map<Long, SourceChange> flags = new HashMap<>();
        if (ids.size() == 1) {
            long id = ids.iterator().next();
            SourceChange flag = em.find(SourceChange.class, id);
            if (flag != null) {
                flags.put(id, flag);
            }
        } else if (!ids.isEmpty()) {
            em.createQuery("select c from SourceChange c where c.entryId in :ids", SourceChange.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> flags.put(c.entryId(), c));
        }
        return flags;
    }

    /**
     * The entries that translate each of {@code ids}, oldest first; only public ones unless the caller is staff.
     * <p>
     * Read as columns, not entities, and for one entry with {@code =} rather than {@code in}: every write of an entry
     * answers with this, after its transaction, and the entity query with a list parameter was 16 % of the server's
     * CPU in the publishing benchmark (stop 17): Hibernate translates a query with a multi-valued parameter again at
     * every execution, and outside a transaction each query also builds and clears a persistence context of its own.
     */
    private Map<Long, List<EntryView.TranslationRef>> translations(Collection<Long> ids, Caller caller) {
        Map<Long, List<EntryView.TranslationRef>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String select = "select e.translationOf, e.id, b.id, b.language, e.state, b.status from Entry e join e.briefing b";
        jakarta.persistence.TypedQuery<Object[]> query = ids.size() == 1
                ? em.createQuery(select + " where e.translationOf = :id order by e.id", Object[].class)
                        .setParameter("id", ids.iterator().next())
                : em.createQuery(select + " where e.translationOf in :ids order by e.id", Object[].class)
                        .setParameter("ids", ids);
        for (Object[] row : query.getResultList()) {
            if (caller.isStaff() || Visibility.isPublic((EntryState) row[4], (BriefingStatus) row[5])) {
                found.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add(new EntryView.TranslationRef((Long) row[1], (Long) row[2], (String) row[3]));
            }
        }
        return found;
    }

    /** What links entries: their translations and, for staff, the flags of those whose source changed. */
    public record Links(Map<Long, List<EntryView.TranslationRef>> translations, Map<Long, EntryView.SourceChangeView> flags) {
        public static final Links NONE = new Links(Map.of(), Map.of());

        /** {@code view} with its entry's links. */
        public EntryView apply(EntryView view) {
            return view.linked(translations.get(view.id()), flags.get(view.id()));
        }
    }

    /** An entry and its links, read in the transaction that wrote or found it. */
    public record Linked(Entry entry, Links links) {
    }

    /**
     * Runs {@code write} (a change or a lookup of one entry) and reads the entry's links in the same transaction: a
     * write answer that read them in a transaction of its own paid two more round trips to the database (BEGIN and
     * COMMIT) on every submit, approval, publication and correction (docs/benchmarks.md, "Stop 27").
     */
    @Transactional
    public Linked linked(java.util.function.Supplier<Entry> write, Caller caller) {
        Entry entry = write.get();
        return new Linked(entry, links(List.of(entry.id()), caller));
    }

    /**
     * The links of {@code ids} as {@code caller} may see them, read in one transaction: outside one, each query built
     * and cleared a persistence context of its own (the write answers read these after their own transaction).
     */
    @Transactional
    public Links links(Collection<Long> ids, Caller caller) {
        if (ids.isEmpty()) {
            return Links.NONE;
        }
        Map<Long, EntryView.SourceChangeView> views = new HashMap<>();
        if (caller.isStaff()) {
            flags(ids).forEach((id, flag) -> views.put(id, view(flag)));
        }
        return new Links(translations(ids, caller), views);
    }

    /** The staff view of a flag: where its source lives, for the desk's diff. */
    private EntryView.SourceChangeView view(SourceChange flag) {
        Long sourceBriefing = em.createQuery("select e.briefing.id from Entry e where e.id = :id", Long.class)
                .setParameter("id", flag.sourceId()).getResultStream().findFirst().orElse(null);
        return new EntryView.SourceChangeView(flag.changedAt(), flag.kind().jsonName(), flag.syncedVersion(),
                flag.note(), flag.sourceId(), sourceBriefing, flag.syncedBody());
    }
}
