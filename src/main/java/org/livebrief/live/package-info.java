/**
 * Live push: the server-sent event stream {@code GET /api/briefings/{id}/events}
 * ({@link org.livebrief.live.EventStreamFilter}), its replay by change-log sequence, and the poll fallback
 * {@code GET /api/briefings/{id}/changes?since=} ({@link org.livebrief.live.ChangesResource}); and the desks'
 * staff stream {@code GET /api/briefings/{id}/desk-events} ({@link org.livebrief.live.DeskEvents},
 * {@link org.livebrief.live.DeskBroadcaster}), which follows the revision history instead of the change log.
 *
 * <p>Invariants:
 * <ul>
 * <li>The change log is the truth. Every event's {@code id} is a change-log {@code seq}; what is sent is
 *     read from the database after commit ({@link org.livebrief.live.Broadcaster} observes
 *     {@code Change} only {@code AFTER_SUCCESS} and then reads the log), as the anonymous public sees it.
 *     Drafts never reach a stream; an entry that stopped being public is sent as {@code entry-removed}.</li>
 * <li>Per stream, sequences only increase and none repeats: a new stream is registered before its replay
 *     reads the log, live frames are held until the replay is done, and held frames the replay already
 *     covered are skipped ({@link org.livebrief.live.Subscription}). This is exact because, within one
 *     briefing, changes commit in sequence order: every writer updates the briefing row (a row lock
 *     held to commit) before it appends to the log. Code that appends a change without touching the
 *     briefing first breaks this. An entry's change does both as the last writes of its transaction
 *     ({@code ChangeLog.appendAtCommit}), so the lock is held for the least time.</li>
 * <li>No thread waits on a reader: writes are non-blocking, each stream has a bounded queue, and a reader
 *     whose queue fills up is dropped. It reconnects with {@code Last-Event-ID} and catches up from the log.</li>
 * <li>Every admitted stream releases its place in the caps exactly once, however it ends.</li>
 * <li>Desk streams are for staff only (reporter, editor, admin) and are kept apart from public streams in
 *     {@link org.livebrief.live.Subscribers}: a desk event names entries with their state and version but never
 *     carries a body, and nothing from the revision history ever reaches a public stream. Their ids are Envers
 *     revision numbers, another sequence than the change log's. Revisions are numbered just before commit,
 *     so the tail waits at a missing number for {@link org.livebrief.live.DeskBroadcaster#GAP_GRACE} before it
 *     takes it for a rollback, and a desk replay reads only up to the tail's cursor: per stream, ids still only
 *     increase. (Draft writes do not touch the briefing row, so the change-log argument above does not hold for
 *     them; the grace period does the job instead.)</li>
 * </ul>
 * Several nodes: the broadcaster hears commits on its own JVM at once (CDI event) and finds those of other
 * nodes through {@link org.livebrief.live.ChangeLogTail} (each followed briefing's latest seq against its
 * cursor, one query every {@code livebrief.live.tail-millis}); the cursor and the per-stream sequence check
 * keep either path from sending anything twice. Desk streams read the database every
 * {@code livebrief.live.desk-poll-millis}, so they see changes from every node too.
 */
package org.livebrief.live;
