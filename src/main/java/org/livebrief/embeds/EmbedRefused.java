package org.livebrief.embeds;

/** A pasted URL that Livebrief will not embed; the message says why, in words an author can act on. */
public class EmbedRefused extends Exception {

    public EmbedRefused(String reason) {
        super(reason, null, false, false);
    }
}
