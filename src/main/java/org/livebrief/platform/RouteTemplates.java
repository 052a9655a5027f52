package org.livebrief.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Names the route of a matched API request for {@link RequestMetrics}: the resource's path template under
 * {@code /api}, e.g. {@code /api/briefings/{briefingId}/entries/{entryId}}. Runs before authentication, so a request
 * refused there is counted under its route too. A request that matches no resource is counted as {@code /api/*}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RouteTemplates implements ContainerRequestFilter {

    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();
    /** A template variable's regular expression ({@code {id: \d+}} is {@code {id}}). */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method != null) {
            request.setAttribute(RequestMetrics.ROUTE,
                    TEMPLATES.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
        }
    }

    /** {@code /api} + the class's {@code @Path} + the method's, slashes normalised, variables without their regex. */
    static String template(Class<?> type, Method method) {
        StringBuilder template = new StringBuilder("/api");
        append(template, type.getAnnotation(Path.class));
        append(template, method.getAnnotation(Path.class));
        return VARIABLE.matcher(template).replaceAll("{$1}");
    }

    private static void append(StringBuilder template, Path path) {
        if (path == null) {
            return;
        }
        for (String segment : path.value().split("/")) {
            if (!segment.isBlank()) {
                template.append('/').append(segment.strip());
            }
        }
    }
}
