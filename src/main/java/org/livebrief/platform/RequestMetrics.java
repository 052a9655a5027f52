package org.livebrief.platform;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletPathMatch;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import java.util.Set;
import java.util.TreeSet;

/**
 * Times every request of the deployment, from the first handler to the end of the exchange, and counts it by
 * method, route and status ({@code livebrief_http_requests_seconds}). It wraps Undertow's handler chain outside
 * everything else the WAR adds (it is the last {@code ServletExtension} in {@code META-INF/services}, and Undertow
 * wraps in list order), so a feed served by the fast path, a sign-in refused by the throttle and a live stream
 * (timed until it closes) are all counted.
 *
 * <p>The route is a template, never the path as sent: a JAX-RS resource's ({@link RouteTemplates} names it, e.g.
 * {@code /api/briefings/{briefingId}/entries/{entryId}/{transition}}), else the servlet mapping that served it
 * ({@code /feeds/*}), else the top-level folder of the WAR that holds a static file ({@code /live/*}), else
 * {@code other}.
 */
public class RequestMetrics implements ServletExtension {

    /** The request attribute a component sets to name the route of what it served. */
    public static final String ROUTE = RequestMetrics.class.getName() + ".route";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        Set<String> folders = new TreeSet<>();
        try {
            io.undertow.server.handlers.resource.Resource root = deployment.getResourceManager().getResource("/");
            if (root != null && root.isDirectory()) {
                for (io.undertow.server.handlers.resource.Resource child : root.list()) {
                    String name = child.getName().replace("/", "");
                    if (child.isDirectory() && !name.equals("WEB-INF") && !name.equals("META-INF")) {
                        folders.add("/" + name);
                    }
                }
            }
        } catch (java.io.IOException unreadable) {
            // Static files are then counted as "other".
        }
        // Requests answered before any servlet (the feed fast path) are named by the servlet that would have served them.
        deployment.getServlets().values().forEach(info -> info.getMappings().stream()
                .filter(mapping -> mapping.startsWith("/") && mapping.endsWith("/*") && mapping.length() > 3)
                .forEach(mapping -> folders.add(mapping.substring(0, mapping.length() - 2))));
        String contextPath = deployment.getContextPath();
        deployment.addInitialHandlerChainWrapper(next -> wrap(next, contextPath, Set.copyOf(folders)));
    }

    private static HttpHandler wrap(HttpHandler next, String contextPath, Set<String> folders) {
        return exchange -> {
            long start = System.nanoTime();
            String path = exchange.getRequestPath(); // before a forward to an error page changes it
            exchange.addExchangeCompleteListener((done, proceed) -> {
                try {
                    Metrics.request(done.getRequestMethod().toString(), route(done, path, contextPath, folders),
                            done.getStatusCode(), System.nanoTime() - start);
                } finally {
                    proceed.proceed();
                }
            });
            next.handleRequest(exchange);
        };
    }

    static String route(HttpServerExchange exchange, String path, String contextPath, Set<String> folders) {
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        ServletRequest request = servlet == null ? null : servlet.getServletRequest();
        if (request != null && request.getAttribute(ROUTE) instanceof String named) {
            return named;
        }
        String inWar = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
        // The mapping the request came in by, not that of an error page it was forwarded to.
        ServletPathMatch match = servlet == null ? null : servlet.getOriginalServletPathMatch();
        if (match != null && match.getMappingMatch() != null) {
            switch (match.getMappingMatch()) {
                case PATH:
                    return match.getMatched() + "/*";
                case EXACT:
                    return match.getMatched();
                default:
                    break;
            }
        }
        return staticRoute(inWar, folders);
    }

    /**
     * {@code /} for the front page, {@code /folder/*} for a path under one of the WAR's folders or servlet prefixes,
     * else {@code other}.
     */
    static String staticRoute(String inWar, Set<String> folders) {
        if (inWar.isEmpty() || "/".equals(inWar)) {
            return "/";
        }
        int slash = inWar.indexOf('/', 1);
        String first = slash < 0 ? inWar : inWar.substring(0, slash);
        return folders.contains(first) ? first + "/*" : "other";
    }
}
