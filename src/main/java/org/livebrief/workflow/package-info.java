/**
 * Per-entry editorial states and the transitions between them.
 *
 * <p>Invariant: an entry's state changes only through {@link org.livebrief.workflow.EntryState#next}
 * checks, so an illegal transition is refused (409 naming the current state) before anything is
 * written. Four-eyes approval, scheduling, retraction and revision history build on this (issue #3).
 */
package org.livebrief.workflow;
