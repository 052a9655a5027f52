package org.livebrief.workflow;

import java.time.Instant;

/**
 * The optional JSON body of a transition: {@code reason} for retract, {@code note} for reject,
 * {@code publishAt} for schedule.
 */
public record TransitionRequest(String reason, String note, Instant publishAt) {

    public static final TransitionRequest NONE = new TransitionRequest(null, null, null);
}
