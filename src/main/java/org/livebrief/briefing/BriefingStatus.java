package org.livebrief.briefing;

import java.util.Locale;

/** A briefing's lifecycle. Live and closed briefings are public; drafts and archived ones are not listed. */
public enum BriefingStatus {
    DRAFT, LIVE, CLOSED, ARCHIVED;

    public boolean isPublic() {
        return this == LIVE || this == CLOSED;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
