package org.livebrief.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The public pages, the feeds and the editor's static files are read-only: any other method gets 405 with
 * {@code Allow}, as problem JSON ({@link ServletErrors}). Without this, a method {@code HttpServlet} does not know
 * ({@code PATCH}, {@code PROPFIND}…) got 501, a server error answered to a client's request.
 */
public final class ReadOnlyPages {

    static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    static final String ALLOW = "GET, HEAD, OPTIONS";

    private ReadOnlyPages() {
    }

    /** True when {@code request} only reads; otherwise answers 405 and returns false. */
    public static boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (READ.contains(request.getMethod())) {
            return true;
        }
        response.setHeader("Allow", ALLOW);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        return false;
    }
}
