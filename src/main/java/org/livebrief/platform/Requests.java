package org.livebrief.platform;

/** Checks shared by every resource: a body must be present, page sizes stay in range. */
public final class Requests {

    public static final int MAX_PAGE_SIZE = 200;

    private Requests() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "A JSON object is required");
        }
        return body;
    }

    public static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return limit;
    }
}
