package org.livebrief.briefing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;
import org.livebrief.platform.Caller;

/**
 * An entry as the API shows it; {@code transitions} lists the workflow steps its state allows next. Before
 * publication it also says who else rewrote it ({@code rewrittenBy}, for the four-eyes rule) and, on a draft sent
 * back, who returned it and why ({@code returnedBy}, {@code returnNote}); only staff see entries in those states.
 * {@code pageUrl} is the entry's place on the reader page, {@code permalink} its own page (both once published).
 * {@code bylines} are who signs it as readers see them, in order ({@code byline} is the first, kept for clients of
 * the first contract); {@code contributors} the profile ids that sign it (empty: the author's byline);
 * {@code dateline} its place's name-authority id and {@code datelineText} how readers see it ("KYIV —").
 */
@JsonbPropertyOrder({"id", "briefingId", "state", "body", "excerpt", "author", "byline", "createdAt", "publishedAt", "updatedAt",
        "keyEvent", "pinned", "approvedBy", "publishAt", "retractedAt", "retractionReason", "translationOf",
        "rewrittenBy", "returnedBy", "returnNote", "corrections", "version", "transitions", "pageUrl", "headline", "permalink", "bylines",
        "contributors", "dateline", "datelineText", "translations", "sourceChanged"})
public record EntryView(long id, long briefingId, String state, String body, String excerpt, String author,
                        Contributors.Byline byline, Instant createdAt, Instant publishedAt, Instant updatedAt, boolean keyEvent, boolean pinned,
                        String approvedBy, Instant publishAt, Instant retractedAt, String retractionReason,
                        Long translationOf, String rewrittenBy, String returnedBy, String returnNote,
                        List<CorrectionView> corrections, long version, List<String> transitions,
                        String pageUrl, String headline, String permalink, List<Contributors.Byline> bylines,
                        List<Long> contributors, Long dateline, String datelineText, List<TranslationRef> translations,
                        SourceChangeView sourceChanged) {

    /** An entry that translates this one: where it lives and in which language. */
    public record TranslationRef(long id, long briefingId, String language) {
    }

    /**
     * Staff only: this translation's source was corrected or retracted ({@code kind}) at {@code at}, after the
     * translation was in step with its version {@code sourceVersion} (whose body is {@code sourceBody}, for the diff).
     */
    @JsonbPropertyOrder({"at", "kind", "sourceVersion", "note", "sourceId", "sourceBriefingId", "sourceBody"})
    public record SourceChangeView(Instant at, String kind, long sourceVersion, String note, long sourceId,
                                   Long sourceBriefingId, String sourceBody) {
    }

    /** A correction as readers see it: {@code by} is the corrector's byline name, never a login. */
    public record CorrectionView(String note, Instant at, String by) {
    }

    /**
     * The entry as the public sees it: who wrote, approved or corrected it only as bylines, never as logins, and no
     * workflow fields; {@code translationOf} only when {@code publicEntry} says the entry it names is public.
     */
    public EntryView forPublic(LongPredicate publicEntry) {
        Long shownTranslationOf = translationOf == null || publicEntry.test(translationOf) ? translationOf : null;
        return new EntryView(id, briefingId, state, body, excerpt, null, byline, createdAt, publishedAt, updatedAt,
                keyEvent, pinned, null, publishAt, retractedAt, retractionReason, shownTranslationOf, null, null, null,
                corrections, version, transitions, pageUrl, headline, permalink, bylines, contributors, dateline,
                datelineText, translations, null);
    }

    /**
     * The entry for {@code caller}: staff see logins and workflow fields, everyone else its public view, with
     * {@code translationOf} only when the entry it names is public itself ({@code publicEntry}): the id of a draft
     * in an unpublished language version is not the public's to know (an attacker's finding, issue #13).
     */
    public static EntryView of(Entry e, Contributors.Bylines bylines, Caller caller, LongPredicate publicEntry) {
        EntryView view = of(e, bylines);
        return caller.isStaff() ? view : view.forPublic(publicEntry);
    }

    public static EntryView of(Entry e, Contributors.Bylines bylines) {
        List<Contributors.Byline> signed = bylines.of(e);
        return new EntryView(e.id(), e.briefing().id(), e.state().jsonName(), e.body(), e.excerpt(), e.author(),
                signed.get(0), e.createdAt(), e.publishedAt(), e.updatedAt(), e.keyEvent(), e.pinned(),
                e.approvedBy(), e.publishAt(), e.retractedAt(), e.retractionReason(), e.translationOf(),
                e.state().isBeforePublication() ? e.rewrittenBy() : null, e.returnedBy(), e.returnNote(),
                e.corrections().stream().map(c -> new CorrectionView(c.note(), c.correctedAt(),
                        bylines.name(c.correctedBy()))).toList(),
                e.version(), e.state().allowed().stream().map(t -> t.pathName()).sorted().toList(),
                Visibility.isPublished(e) ? ReaderPaths.entry(e) : null, e.headline(),
                Visibility.isPublished(e) ? ReaderPaths.permalink(e) : null, signed, e.contributors(), e.dateline(),
                bylines.dateline(e), null, null);
    }

    /**
     * The view with its translation links: the entries that translate it ({@code translations}, already filtered
     * for the caller) and, for staff, the flag that its own source changed.
     */
    public EntryView linked(List<TranslationRef> translated, SourceChangeView changed) {
        return new EntryView(id, briefingId, state, body, excerpt, author, byline, createdAt, publishedAt, updatedAt,
                keyEvent, pinned, approvedBy, publishAt, retractedAt, retractionReason, translationOf, rewrittenBy,
                returnedBy, returnNote, corrections, version, transitions, pageUrl, headline, permalink, bylines,
                contributors, dateline, datelineText, translated == null || translated.isEmpty() ? null : translated,
                changed);
    }

    /** A page of entries and the URL of the next one. */
    public record Page(List<EntryView> items, String next) {
    }
}
