package org.livebrief.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The public pages, the feeds, the oEmbed endpoint, the editor's static files and the image renditions are
 * read-only: any other method gets 405 with {@code Allow}, as problem JSON ({@link ServletErrors}). Without this, a
 * method {@code HttpServlet} does not know ({@code PATCH}, {@code PROPFIND}…) got 501, a server error answered to a client's request.
 */
@WebFilter(urlPatterns = {"/briefings/*", "/feeds/*", "/editor/*", "/media/*", "/oembed/*"}, asyncSupported = true)
public class ReadOnlyPages extends HttpFilter {

    static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READ.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", ALLOW);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
