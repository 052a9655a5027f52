/**
 * Live push: the server-sent event stream {@code GET /api/briefings/{id}/events}
 * ({@link org.livebrief.live.EventStreamFilter}), its replay by change-log sequence, and the poll fallback
 * {@code GET /api/briefings/{id}/changes?since=} ({@link org.livebrief.live.ChangesResource}).
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
 *     briefing first breaks this.</li>
 * <li>No thread waits on a reader: writes are non-blocking, each stream has a bounded queue, and a reader
 *     whose queue fills up is dropped. It reconnects with {@code Last-Event-ID} and catches up from the log.</li>
 * <li>Every admitted stream releases its place in the caps exactly once, however it ends.</li>
 * </ul>
 * One node: the broadcaster only hears changes committed on its own JVM (see DESIGN's scale-out plan).
 */
package org.livebrief.live;
