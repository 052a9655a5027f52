/**
 * The live briefing content type: {@link org.livebrief.briefing.LiveBriefing} and its
 * {@link org.livebrief.briefing.Entry} updates, their REST resources under {@code /api/briefings},
 * the reader page at {@code /briefings/{slug}} and the ordered {@link org.livebrief.briefing.ChangeLog}.
 *
 * <p>Invariants: entry bodies are stored sanitized (see {@link org.livebrief.briefing.EntryBody}), so
 * anything read back from the database is safe to embed; an entry belongs to exactly one briefing and
 * every lookup goes through the briefing id in the URL; the public sees only published entries of
 * public briefings; every change to public content appends to the change log in the same transaction.
 */
package org.livebrief.briefing;
