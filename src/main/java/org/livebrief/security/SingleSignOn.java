package org.livebrief.security;

import io.undertow.servlet.api.AuthMethodConfig;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.LoginConfig;
import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.livebrief.platform.Problem;

/**
 * Single sign-on through the newsroom's identity provider (OpenID Connect), when the admin has secured the deployment
 * with WildFly's {@code elytron-oidc-client} ({@code src/main/wildfly/oidc.cli}; {@code docs/operations.md}, "Single
 * sign-on"). Elytron's OIDC mechanism does the protocol: the redirect to the provider, the code exchange, the tokens
 * kept in the HTTP session, their refresh, and bearer tokens from the provider on API requests. Roles come from the
 * provider's claims (Keycloak: realm roles {@code reporter}, {@code editor}, {@code admin}). Livebrief adds:
 * <ul>
 * <li>{@code GET /signin}: the editor's "Sign in with …" button. {@code web.xml} requires a signed-in user there, so the
 *     container's mechanism sends the browser to the provider's login page, and the provider sends it back here with
 *     a code, which the mechanism exchanges for tokens; signed in, this servlet sends it on to the editor. (Asking for
 *     authentication from code, {@code HttpServletRequest.authenticate}, does not work here: Elytron decides once per
 *     request whether a challenge is sent, before any servlet runs.)</li>
 * <li>The way back ({@link SingleSignOnReturn}). The session cookie is {@code SameSite=Strict}, so the browser does not
 *     send it on the provider's redirect back nor on the redirects that follow it (they are one cross-site chain).</li>
 * </ul>
 * Password sign-in ({@code POST /api/session}) and personal API tokens are for the built-in users; under single
 * sign-on they answer 409 {@code single-sign-on}, and scripts use tokens of the identity provider.
 */
@WebServlet("/signin")
public class SingleSignOn extends HttpServlet {

    static final String MARKER = "livebrief_signin";
    /** The name on the editor's button: {@code livebrief.sso.name}, default "single sign-on". */
    static final String NAME_PROPERTY = "livebrief.sso.name";
    private static final String PROBLEM_TYPE = "single-sign-on";

    /** True when the deployment authenticates through OpenID Connect (its login config names the OIDC mechanism). */
    public static boolean enabled() {
        ServletRequestContext context = ServletRequestContext.current();
        return context != null && enabled(context.getDeployment().getDeploymentInfo());
    }

    static boolean enabled(DeploymentInfo deployment) {
        LoginConfig login = deployment.getLoginConfig();
        if (login == null) {
            return false;
        }
        for (AuthMethodConfig method : login.getAuthMethods()) {
            if ("OIDC".equalsIgnoreCase(method.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The identity provider's name for people, as the admin set it. */
    static String name() {
        return ConfigProvider.getConfig().getOptionalValue(NAME_PROPERTY, String.class)
                .filter(s -> !s.isBlank()).orElse("single sign-on");
    }

    /** Where the editor's sign-in screen sends people under single sign-on, as problem extensions. */
    static Map<String, Object> signInLinks(HttpServletRequest request) {
        return Map.of("signInUrl", request.getContextPath() + "/signin", "signInWith", name());
    }

    /** The refusal of a password or token feature that is for built-in users only. */
    static Problem builtInUsersOnly(String what) {
        return Problem.of(409, PROBLEM_TYPE, "Conflict", what + " is for the built-in users; this newsroom signs in through "
                + name() + " (use its tokens for scripts)");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Reached only signed in: web.xml's constraint on /signin had the container authenticate the request first.
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/editor/");
    }
}
