package org.livebrief.platform;

/**
 * Strong entity tags made from an aggregate's version, and the {@code If-Match} rule: a write must name
 * the version it was based on (428 without it, 412 when it is not the current one).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks {@code ifMatch} against the current version; {@code *} matches any version. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(of(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(currentVersion);
    }
}
