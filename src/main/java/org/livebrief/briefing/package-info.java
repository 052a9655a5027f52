/**
 * The live briefing content type: {@link org.livebrief.briefing.LiveBriefing} and its
 * {@link org.livebrief.briefing.Entry} updates, their REST resources under {@code /api/briefings},
 * the reader page at {@code /briefings/{slug}} and the ordered {@link org.livebrief.briefing.ChangeLog}; and
 * the entries' editorial lifecycle: {@link org.livebrief.briefing.EntryState} with its allowed
 * {@link org.livebrief.briefing.Transition}s and {@link org.livebrief.briefing.EditorialPolicy} (four eyes, fast
 * lane). Why the lifecycle lives here and not in {@code workflow}: see {@code workflow/package-info.java}.
 *
 * <p>The bottom feature: it depends only on {@code platform}. Every other feature listens to it (the
 * {@link org.livebrief.briefing.Change} CDI event, after commit) and reads it through its query API
 * ({@link org.livebrief.briefing.Syndication}, {@link org.livebrief.briefing.ChangeLog},
 * {@link org.livebrief.briefing.Briefings}, {@link org.livebrief.briefing.Entries}); what the public may see is
 * decided once, in {@link org.livebrief.briefing.Visibility}. It owns the tables {@code live_briefing},
 * {@code briefing_entry}, {@code entry_correction}, {@code change_log} and {@code idempotency_key}.
 *
 * <p>Invariants: entry bodies are stored sanitized (see {@link org.livebrief.briefing.EntryBody}), so
 * anything read back from the database is safe to embed; an entry belongs to exactly one briefing and
 * every lookup goes through the briefing id in the URL; the public sees only what {@code Visibility} allows;
 * an entry's state changes only through {@link org.livebrief.briefing.EntryState#next}, so an illegal
 * transition is refused (409 naming the current state) before anything is written; every change to public
 * content appends to the change log in the same transaction; a published entry changes text only as a correction
 * (the draft path refuses it with 409); a retracted entry is never pinned; whoever else rewrote an entry before
 * publication counts as a second writer under four eyes ({@link org.livebrief.briefing.EditorialPolicy}); a
 * correction or retraction of an entry flags its translations ({@link org.livebrief.briefing.SourceChanges}, table
 * {@code entry_source_change}) in the same transaction, without touching the translations themselves.
 */
package org.livebrief.briefing;
