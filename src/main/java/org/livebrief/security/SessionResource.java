package org.livebrief.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.livebrief.platform.CsrfProtection;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.platform.RequestLimits;
import org.livebrief.platform.Roles;

/**
 * {@code /api/session}: sign-in for the browser UI. {@code POST} checks the password against the security
 * domain with {@link HttpServletRequest#login} and keeps the identity in the HTTP session (see
 * {@code package-info.java} for why that persists on WildFly); {@code GET} tells the UI who is signed in and
 * the CSRF token to send; {@code DELETE} signs out. API clients keep using HTTP Basic and need none of this.
 * 401s here carry no Basic challenge, so browsers never show their own password prompt. Failed sign-ins slow down
 * the client that makes them ({@link SignInThrottle}: 429 with {@code Retry-After}), never the account for others.
 * The session remembers the user's credentials epoch at sign-in ({@link SessionEpoch}), so it ends as soon as
 * {@code add-user.sh} changes that user's password or roles.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** The body of {@code POST /api/session}. */
    public record Credentials(String username, String password) {
    }

    /**
     * Who is signed in, with the token every state-changing request must echo in {@code X-CSRF-Token}, and the
     * largest request body the API takes ({@link RequestLimits}), so the UI refuses a longer text before sending it.
     */
    public record SessionView(String user, List<String> roles, String csrfToken, long maxRequestBytes) {
    }

    private static final CredentialEpochs EPOCHS = CredentialEpochs.system();

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = RequestLimits.MAX_BYTES, defaultValue = RequestLimits.DEFAULT_MAX_BYTES)
    long maxRequestBytes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView signIn(Credentials credentials) {
        if (credentials == null || blank(credentials.username()) || blank(credentials.password())) {
            throw ProblemException.invalid("username", "and password are required");
        }
        if (SingleSignOn.enabled()) {
            throw new ProblemException(SingleSignOn.builtInUsersOnly("Signing in with a password"));
        }
        SignInThrottle throttle = SignInGuard.throttle(request.getServletContext());
        InetAddress client = SignInGuard.client(request);
        throttle.wait(client, credentials.username()).ifPresent(wait -> {
            throw SignInGuard.refusal(wait);
        });
        signOutQuietly();
        // A fresh session for every sign-in: an id planted before sign-in is never the one that gets the identity.
        HttpSession session = request.getSession(true);
        String epoch = EPOCHS.of(credentials.username());
        try {
            request.login(credentials.username(), credentials.password());
        } catch (ServletException e) {
            session.invalidate();
            throttle.failed(client, credentials.username());
            throw new ProblemException(Problem.of(401, "sign-in-failed", "Unauthorized",
                    "The user name or password is wrong"));
        }
        throttle.succeeded(client, credentials.username());
        String user = request.getUserPrincipal().getName();
        session = request.getSession(true);
        session.setAttribute(SessionEpoch.ATTRIBUTE,
                new SessionEpoch(user, user.equals(credentials.username()) ? epoch : EPOCHS.of(user)));
        return view(session);
    }

    @GET
    public SessionView current() {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            // Under single sign-on the editor's sign-in screen offers the identity provider instead of a password form.
            throw new ProblemException(new Problem("unauthenticated", "Unauthorized", 401, "Not signed in", List.of(),
                    SingleSignOn.enabled() ? SingleSignOn.signInLinks(request) : Map.of()));
        }
        return view(session);
    }

    @DELETE
    public Response signOut() {
        signOutQuietly();
        return Response.noContent().build();
    }

    private SessionView view(HttpSession session) {
        List<String> roles = Stream.of(Roles.REPORTER, Roles.EDITOR, Roles.ADMIN).filter(request::isUserInRole).toList();
        return new SessionView(request.getUserPrincipal().getName(), roles, CsrfProtection.tokenOf(session),
                maxRequestBytes);
    }

    private void signOutQuietly() {
        try {
            request.logout();
        } catch (ServletException e) {
            // Nobody was signed in through this session; invalidating it below is all that is left to do.
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
