package org.livebrief.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a state-changing API request must show so that another site cannot have made a signed-in browser
 * send it. Pure: decided from the request's headers alone, so it is tested without a container.
 *
 * <p>Two layers, because either alone has gaps. <b>Where it comes from:</b> a browser says so in
 * {@code Sec-Fetch-Site} (current browsers) and {@code Origin} (every browser sends it on a cross-origin
 * POST); page script can set neither. A request that says another site, a sibling subdomain
 * ({@code same-site}) or an opaque origin ({@code Origin: null}: sandboxed frames, redirects) is refused. A
 * request with neither header is not from a current browser (curl, feed tools, the tests) and passes this
 * layer. <b>What it carries:</b> a cross-site form can only send {@code text/plain},
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}, and a cross-site {@code fetch}
 * without a CORS preflight (which this server never grants) is limited to the same types or a body with no
 * type at all. So a request with a body, or with any {@code Content-Type}, must declare JSON or CSV, unless
 * it carries a header that only a same-origin script can add ({@code X-Requested-With}). A request with no
 * body and no type ({@code curl -X POST …/publish}) passes.
 */
final class CrossSiteCheck {

    /** The request as this check sees it. */
    interface Request {
        /** A header's value, or null. */
        String header(String name);

        /** Whether the request has a body: a Content-Length above 0, or chunked. */
        boolean hasBody();
    }

    enum Verdict {
        ALLOW,
        /** The browser says another site made this request: 403. */
        CROSS_SITE,
        /** A body or a type that is not JSON or CSV, without a same-origin-only header: 415. */
        OTHER_MEDIA_TYPE
    }

    static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> SAME_ORIGIN_FETCH = Set.of("same-origin", "none");

    private CrossSiteCheck() {
    }

    /**
     * @param ownOrigins origins this server answers under besides the one in the request's {@code Host}
     *                   (the configured public URL), as {@code scheme://host[:port]}
     */
    static Verdict check(Request request, Collection<String> ownOrigins) {
        if (fromAnotherSite(request, ownOrigins)) {
            return Verdict.CROSS_SITE;
        }
        if (request.header(REQUESTED_WITH) != null || jsonOrCsvOrNothing(request)) {
            return Verdict.ALLOW;
        }
        return Verdict.OTHER_MEDIA_TYPE;
    }

    static boolean fromAnotherSite(Request request, Collection<String> ownOrigins) {
        String fetchSite = request.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            // The browser compared the origins itself; a proxy that rewrites Host cannot confuse it.
            return !SAME_ORIGIN_FETCH.contains(fetchSite.strip().toLowerCase(Locale.ROOT));
        }
        String origin = request.header("Origin");
        if (origin == null) {
            return false;
        }
        return !sameOrigin(origin, request.header("Host"), ownOrigins);
    }

    /**
     * The Origin names this server: its host and port are the request's {@code Host} (a browser sends the
     * host it connected to in both), or it is one of the configured origins. The scheme is not compared with
     * the request's, because behind a TLS-terminating proxy the server sees http while the browser says https.
     */
    static boolean sameOrigin(String origin, String host, Collection<String> ownOrigins) {
        URI uri = parse(origin);
        if (uri == null || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            return false; // "null", garbage, or something that is not a serialized origin
        }
        String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
        if (host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String normalized = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority;
        return ownOrigins.stream().anyMatch(own -> own.equalsIgnoreCase(normalized));
    }

    private static boolean jsonOrCsvOrNothing(Request request) {
        String contentType = request.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return !request.hasBody();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json")
                || type.equals("text/csv");
    }

    /** {@code scheme://host[:port]} of a configured URL such as {@code livebrief.public-url}, or null. */
    static String originOf(String url) {
        URI uri = url == null ? null : parse(url.strip());
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null) {
            return null;
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static URI parse(String value) {
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A request made of a header lookup, for callers that hold headers in some other shape. */
    static Request of(UnaryOperator<String> headers, boolean hasBody) {
        return new Request() {
            @Override
            public String header(String name) {
                return headers.apply(name);
            }

            @Override
            public boolean hasBody() {
                return hasBody;
            }
        };
    }
}
