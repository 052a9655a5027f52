package org.livebrief.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.SharedWar;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Single sign-on (issue #19 item 1) against a real Keycloak: the distribution from Maven Central, started with a Java
 * 21+ JDK ({@code keycloak.java.home}) on a port of its own, with a realm made here (roles reporter/editor/admin, a
 * reporter and an editor, a confidential client for Livebrief). The shared deployment is secured with WildFly's
 * {@code elytron-oidc-client} the way {@code src/main/wildfly/oidc.cli} does it, redeployed, and put back to the built-in
 * users afterwards. An editor signs in through Keycloak's own login page in Chromium and publishes what a reporter
 * posted with a Keycloak access token.
 */
class SingleSignOnIT extends DeployedWar {

    private static final String REALM = "newsroom";
    private static final String CLIENT = "livebrief";
    private static final String SECRET = "it-" + Long.toHexString(System.nanoTime());
    private static final String PROVIDER_NAME = "Newsroom SSO";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ModelNode PROVIDER = Operations.createAddress("subsystem", "elytron-oidc-client", "provider", "livebrief-sso");
    private static final ModelNode DEPLOYMENT = Operations.createAddress("subsystem", "elytron-oidc-client",
            "secure-deployment", "livebrief.war");
    private static final ModelNode NAME = Operations.createAddress("system-property", "livebrief.sso.name");

    private static Process keycloak;
    private static Path work;
    private static String issuer;
    private static boolean secured;

    @BeforeAll
    static void keycloakInFront() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path java = Path.of(System.getProperty("keycloak.java.home"), "bin", "java");
        assumeTrue(Files.isExecutable(java), "Keycloak needs Java 21+: set keycloak.java.home (" + java + " is missing)");
        assertThat(home.resolve("bin/kc.sh")).as("the build unpacks Keycloak into target/").isExecutable();
        int port = Integer.parseInt(System.getProperty("it.keycloak.port"));
        URI livebrief = SharedWar.base();
        work = Files.createTempDirectory("livebrief-keycloak-it");
        // A run's own realm: the redirect URI names this run's server; Keycloak's dev database starts empty.
        deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        Files.writeString(home.resolve("data/import/" + REALM + ".json"), realm(livebrief));
        ProcessBuilder start = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--import-realm", "--health-enabled=false",
                "--cache=local")
                .redirectErrorStream(true).redirectOutput(work.resolve("keycloak.log").toFile());
        start.environment().put("JAVA_HOME", java.getParent().getParent().toString());
        // kc.sh's own add-opens, and java.lang for jboss-threads on Java 24+ (else it logs an IllegalAccessError).
        start.environment().put("JAVA_ADD_OPENS", "--add-opens=java.base/java.util=ALL-UNNAMED "
                + "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.security=ALL-UNNAMED "
                + "--add-opens=java.base/java.lang=ALL-UNNAMED");
        keycloak = start.start();
        issuer = "http://127.0.0.1:" + port + "/realms/" + REALM;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!ready()) {
            assertThat(keycloak.isAlive()).as("Keycloak exited; see " + work.resolve("keycloak.log")).isTrue();
            assertThat(System.nanoTime()).as("Keycloak did not start in 240 s; see " + work.resolve("keycloak.log"))
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
        // What oidc.cli does, with this run's values instead of the server's environment.
        ModelNode provider = Operations.createAddOperation(PROVIDER);
        provider.get("provider-url").set(issuer);
        provider.get("ssl-required").set("EXTERNAL");
        provider.get("principal-attribute").set("preferred_username");
        ModelNode deployment = Operations.createAddOperation(DEPLOYMENT);
        deployment.get("provider").set("livebrief-sso");
        deployment.get("client-id").set(CLIENT);
        ModelNode secret = Operations.createAddOperation(DEPLOYMENT.clone().add("credential", "secret"));
        secret.get("secret").set(SECRET);
        ModelNode name = Operations.createAddOperation(NAME);
        name.get("value").set(PROVIDER_NAME);
        SharedWar.manage(provider, deployment, secret, name);
        secured = true;
        SharedWar.redeploy();
    }

    @AfterAll
    static void builtInUsersAgain() throws Exception {
        try {
            if (secured) {
                SharedWar.manage(Operations.createRemoveOperation(DEPLOYMENT), Operations.createRemoveOperation(PROVIDER),
                        Operations.createRemoveOperation(NAME));
                SharedWar.redeploy();
            }
        } finally {
            if (keycloak != null) {
                keycloak.descendants().forEach(ProcessHandle::destroy);
                keycloak.destroy();
                if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                    keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                    keycloak.destroyForcibly();
                }
            }
        }
    }

    @Test
    void anEditorSignsInThroughTheProviderAndPublishesAReportersUpdate() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed");
        Api reporter = new Api(base).header("Authorization", "Bearer " + accessToken("olena", "olena-pass"));
        Api editorApi = new Api(base).header("Authorization", "Bearer " + accessToken("taras", "taras-pass"));
        String slug = Api.uniqueSlug("sso");
        Api.Reply briefing = editorApi.post("api/briefings", """
                {"slug": "%s", "language": "uk", "title": "Запоріжжя: оновлення", "timeZone": "Europe/Kyiv"}""".formatted(slug));
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(201);
        assertThat(briefing.json().getString("createdBy")).isEqualTo("taras");
        long id = Newsroom.id(briefing.json());
        String text = "Енергодар: світло повернулося " + slug;
        Api.Reply posted = reporter.post("api/briefings/" + id + "/entries", "{\"body\": \"" + text + "\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        long entry = Newsroom.id(posted.json());
        Api.Reply submitted = reporter.header("If-Match", "\"0\"")
                .post("api/briefings/" + id + "/entries/" + entry + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        try (Browser browser = Browser.shared()) {
            browser.open(base.resolve("editor/").toString());
            assertThat(browser.visible(By.id("signin-provider")).getText()).isEqualTo("Sign in with " + PROVIDER_NAME);
            assertThat(browser.driver().findElements(By.id("signin-password"))).as("no password form under SSO").isEmpty();
            browser.click(By.id("signin-provider"));
            // Keycloak's own login page.
            browser.waitFor(d -> d.getCurrentUrl().startsWith(issuer));
            browser.visible(By.id("username")).sendKeys("taras");
            browser.visible(By.id("password")).sendKeys("taras-pass");
            browser.click(By.id("kc-login"));
            browser.visible(By.id("sign-out"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(base.resolve("editor/").toString());
            assertThat(browser.driver().findElement(By.tagName("header")).getText()).contains("taras");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("the session cookie after single sign-on").isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Strict");

            EditorDesk desk = new EditorDesk(browser, base);
            desk.openDesk(id);
            desk.take(text, "submitted", "approve");
            desk.take(text, "approved", "publish");
            desk.entryIn(text, "published");
            browser.screenshot("sso-published");

            // Signing out ends the Livebrief session: the editor offers the provider again, and the API knows nobody.
            browser.click(By.id("sign-out"));
            browser.visible(By.id("signin-provider"));
            Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch('../api/session', {credentials: 'same-origin'}).then(r => done(r.status));");
            assertThat(((Number) status).intValue()).isEqualTo(401);
        }
        JsonObject published = new Api(base).get("api/briefings/" + id + "/entries/" + entry).json();
        assertThat(published.getString("state")).isEqualTo("published");
        // Who did what, as the revisions (Envers) recorded it: the names come from the provider's tokens.
        List<String> history = editorApi.get("api/briefings/" + id + "/entries/" + entry + "/revisions").jsonArray()
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("by") + ":" + r.getString("state")).toList();
        assertThat(history).containsExactly("olena:draft", "olena:submitted", "taras:approved", "taras:published");
    }

    @Test
    void scriptsUseTheProvidersTokensAndTheirRolesHold() throws Exception {
        String token = accessToken("olena", "olena-pass");
        Api reporter = new Api(base).header("Authorization", "Bearer " + token);
        Api.Reply briefing = reporter.post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Not for reporters", "timeZone": "UTC"}""".formatted(Api.uniqueSlug("sso-r")));
        assertThat(briefing.status()).as("a reporter may not open a briefing: " + briefing).isEqualTo(403);
        assertThat(briefing.header("Set-Cookie")).as("a bearer request starts no session").isNull();

        Api.Reply forged = new Api(base).header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA")
                .get("api/tokens");
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        assertThat(forged.json().getString("type")).isEqualTo("/livebrief/problems/invalid-token");

        Api.Reply elsewhere = new Api(base).header("Authorization", "Bearer " + accessToken("olena", "olena-pass"))
                .post("api/tokens", "{\"name\": \"script\", \"scopes\": [\"entries:write\"]}");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(409);
        assertThat(elsewhere.json().getString("type")).isEqualTo("/livebrief/problems/single-sign-on");

        Api.Reply personal = new Api(base).header("Authorization", "Bearer lbt_" + "A".repeat(43)).get("api/tokens");
        assertThat(personal.status()).as(personal.toString()).isEqualTo(401);
        assertThat(personal.json().getString("detail")).contains("built-in users");
    }

    @Test
    void passwordsAreForTheBuiltInUsersOnly() {
        Api.Reply password = new Api(base).post("api/session", "{\"username\": \"editor\", \"password\": \"" + Api.PASSWORD + "\"}");
        assertThat(password.status()).as(password.toString()).isEqualTo(409);
        assertThat(password.json().getString("type")).isEqualTo("/livebrief/problems/single-sign-on");
        Api.Reply basic = new Api(base).as("editor").post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Basic", "timeZone": "UTC"}""".formatted(Api.uniqueSlug("sso-b")));
        assertThat(basic.status()).as(basic.toString()).isIn(401, 403);
        Api.Reply signedOut = new Api(base).get("api/session");
        assertThat(signedOut.status()).isEqualTo(401);
        assertThat(signedOut.json().getString("signInUrl")).isEqualTo("/livebrief/signin");
        assertThat(signedOut.json().getString("signInWith")).isEqualTo(PROVIDER_NAME);
    }

    private static boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An access token from Keycloak's token endpoint (the password grant: a script's own sign-in). */
    private static String accessToken(String user, String password) throws Exception {
        String form = Stream.of("grant_type=password", "client_id=" + CLIENT, "client_secret=" + SECRET,
                "username=" + user, "password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), "scope=openid")
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static String realm(URI livebrief) {
        String redirect = livebrief.toString() + "*";
        return """
                {"realm": "%s", "enabled": true, "sslRequired": "none",
                 "roles": {"realm": [{"name": "reporter"}, {"name": "editor"}, {"name": "admin"}]},
                 "users": [
                  {"username": "olena", "enabled": true, "email": "olena@example.org", "emailVerified": true,
                   "firstName": "Olena", "lastName": "Kovalenko", "realmRoles": ["reporter"],
                   "credentials": [{"type": "password", "value": "olena-pass", "temporary": false}]},
                  {"username": "taras", "enabled": true, "email": "taras@example.org", "emailVerified": true,
                   "firstName": "Taras", "lastName": "Shevchuk", "realmRoles": ["editor", "reporter"],
                   "credentials": [{"type": "password", "value": "taras-pass", "temporary": false}]}],
                 "clients": [
                  {"clientId": "%s", "enabled": true, "publicClient": false, "secret": "%s", "protocol": "openid-connect",
                   "standardFlowEnabled": true, "directAccessGrantsEnabled": true, "redirectUris": ["%s"],
                   "webOrigins": ["+"]}]}
                """.formatted(REALM, CLIENT, SECRET, redirect);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
