package org.livebrief.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on resource methods: anonymous → 401 with a Basic challenge, signed in
 * without the role → 403. Requests from the editor UI ({@code X-Requested-With} set) get the 401 without the
 * challenge, so the browser shows the UI's sign-in screen instead of its own password prompt. Methods without the annotation (reads of published content) are public;
 * their response may still depend on the caller's roles.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControl implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"Livebrief\", charset=\"UTF-8\"";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        RolesAllowed rolesAllowed = required(resource.getResourceMethod());
        if (rolesAllowed == null) {
            return;
        }
        if (context.getSecurityContext().getUserPrincipal() == null) {
            context.abortWith(unauthorized(context.getHeaderString("X-Requested-With") == null));
            return;
        }
        boolean allowed = Arrays.stream(rolesAllowed.value()).anyMatch(request::isUserInRole);
        if (!allowed) {
            context.abortWith(Problem.of(403, "forbidden", "Forbidden",
                    "This needs one of the roles " + String.join(", ", rolesAllowed.value())).toResponse());
        }
    }

    private static jakarta.ws.rs.core.Response unauthorized(boolean challenge) {
        var response = jakarta.ws.rs.core.Response.fromResponse(
                Problem.of(401, "unauthenticated", "Unauthorized", "Sign in to do this").toResponse());
        return challenge ? response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build() : response.build();
    }

    private static RolesAllowed required(Method method) {
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
}
