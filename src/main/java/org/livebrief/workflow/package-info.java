/**
 * What sits above the briefing aggregate's editorial lifecycle: the revision history and audit trail
 * ({@link org.livebrief.workflow.Revisions}, Envers, with the REST resources
 * {@link org.livebrief.workflow.EntryHistoryResource} and {@link org.livebrief.workflow.AuditResource}) and the
 * embargo clock ({@link org.livebrief.workflow.EmbargoScheduler}), which asks the aggregate to publish entries
 * whose time has come.
 *
 * <p><b>Where the lifecycle lives, and why.</b> An entry's states, its transitions and who may take them
 * (the four-eyes rule and the fast lane) are invariants of the entry, so they live with it in
 * {@code briefing} ({@link org.livebrief.briefing.EntryState}, {@link org.livebrief.briefing.Transition},
 * {@link org.livebrief.briefing.EditorialPolicy}): the aggregate refuses an illegal transition before
 * anything is written, Cargo Tracker style, and can be read and tested alone. This package depends on
 * {@code briefing}, never the reverse; that keeps the aggregate free of history and timers, which are
 * things that happen <i>to</i> it.
 *
 * <p>Owns the history tables: {@code revinfo} ({@link org.livebrief.workflow.Revision}, stamped with the user by
 * {@link org.livebrief.workflow.RevisionUser}) and the {@code *_aud} tables that Envers writes for the audited
 * briefing entities in the same transaction as the change. Other features (the desk stream in {@code live})
 * read the history only through {@link org.livebrief.workflow.Revisions}.
 *
 * <p>Invariants: the embargo schedule is the database (state {@code scheduled} plus {@code publishAt}), not a
 * timer, so a restart loses nothing; each due entry is published under a row lock in its own transaction.
 */
package org.livebrief.workflow;
