package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.Api;

/** The editor UI: session sign-in and CSRF on the wire, then the desk in real browsers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorUiIT {

    private static String briefing() {
        return """
                {"slug": "%s", "language": "en", "title": "Session test", "timeZone": "Europe/Kyiv"}"""
                .formatted(Api.uniqueSlug("session"));
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("livebrief.war")));
    }

    @ArquillianResource
    URI base;

    @Test
    void signInKeepsTheIdentityInTheSessionUntilSignOut() {
        BrowserSession browser = new BrowserSession(base);
        assertThat(browser.send("GET", "api/session", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = browser.signIn("editor");
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(browser.current().getString("user")).isEqualTo("editor");
        assertThat(browser.current().getJsonArray("roles").getString(0)).isEqualTo("editor");

        assertThat(browser.send("DELETE", "api/session", null, browser.current().getString("csrfToken")).statusCode())
                .isEqualTo(204);
        assertThat(browser.send("GET", "api/session", null, null).statusCode()).isEqualTo(401);
        assertThat(browser.send("POST", "api/briefings", briefing(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutABrowserPrompt() {
        HttpResponse<String> refused = new BrowserSession(base).send("POST", "api/session",
                "{\"username\": \"editor\", \"password\": \"wrong\"}", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(BrowserSession.json(refused).getString("type")).endsWith("/sign-in-failed");
    }

    @Test
    void aStateChangingRequestWithTheSessionCookieNeedsTheCsrfToken() {
        BrowserSession browser = new BrowserSession(base);
        browser.signIn("editor");
        String token = browser.current().getString("csrfToken");

        HttpResponse<String> forged = browser.send("POST", "api/briefings", briefing(), null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(BrowserSession.json(forged).getString("type")).endsWith("/csrf");
        assertThat(browser.send("POST", "api/briefings", briefing(), token + "x").statusCode()).isEqualTo(403);
        assertThat(browser.send("POST", "api/briefings", briefing(), token).statusCode()).isEqualTo(201);
    }

    @Test
    void basicAuthWithoutASessionNeedsNoToken() {
        var created = new Api(base).as("editor").post("api/briefings", briefing());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void editorPagesAllowOnlyTheirOwnScripts() {
        HttpResponse<String> page = new BrowserSession(base).send("GET", "editor/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'"));
    }
}
