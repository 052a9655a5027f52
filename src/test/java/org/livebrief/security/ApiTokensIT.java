package org.livebrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Issue #15: authentication without a bcrypt round per request. API tokens ({@code /api/tokens},
 * {@code Authorization: Bearer lbt_…}): made, listed, used, narrowed, revoked, expired, throttled; HTTP Basic
 * answered from the cache of accepted credentials, which forgets a password as soon as {@code add-user.sh} changes it;
 * and browser sessions, which end as soon as {@code add-user.sh} changes their user.
 */
class ApiTokensIT extends DeployedWar {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    // ---- making, listing and revoking

    @Test
    void aTokenIsShownOnceListedWithoutItsValueAndWorksUntilRevoked() {
        Api.Reply created = api.as("editor").post("api/tokens", "{\"name\": \"wire bot\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject token = created.json();
        String secret = token.getString("token");
        assertThat(secret).matches("lbt_[A-Za-z0-9_-]{43}");
        assertThat(token.getString("owner")).isEqualTo("editor");
        assertThat(created.header("ETag")).isEqualTo("\"" + token.getJsonNumber("version").longValue() + "\"");
        assertThat(created.header("Cache-Control")).contains("no-store");

        Api.Reply listed = api.as("editor").get("api/tokens");
        assertThat(listed.status()).isEqualTo(200);
        JsonObject row = find(listed, token.getInt("id"));
        assertThat(row.containsKey("token")).as("the value is never shown again").isFalse();
        assertThat(row.getString("hint")).isEqualTo(secret.substring(0, 8) + "…");
        assertThat(listed.body()).doesNotContain(secret.substring(4));

        // The token acts as its owner, with the owner's roles: an editor may create a briefing.
        Api bot = bearer(secret);
        Api.Reply briefing = bot.post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Made by a bot"}""".formatted(Api.uniqueSlug("bot")));
        assertThat(briefing.status()).as(briefing.toString()).isEqualTo(201);
        assertThat(find(api.as("editor").get("api/tokens"), token.getInt("id")).containsKey("lastUsedAt")).isTrue();

        String path = "api/tokens/" + token.getInt("id");
        assertThat(api.as("editor").send("DELETE", path, null, new byte[0]).status()).as("If-Match is required").isEqualTo(428);
        assertThat(api.as("editor").header("If-Match", "\"99\"").send("DELETE", path, null, new byte[0]).status()).isEqualTo(412);
        assertThat(api.as("editor").header("If-Match", created.header("ETag")).send("DELETE", path, null, new byte[0])
                .status()).isEqualTo(204);

        assertInvalidToken(refused(() -> bot.get("api/tokens")), "revoked");
        JsonObject revoked = find(api.as("editor").get("api/tokens"), token.getInt("id"));
        assertThat(revoked.getString("revokedBy")).isEqualTo("editor");
        assertThat(revoked.containsKey("revokedAt")).isTrue();
    }

    /** An attacker's finding: 200 revoked tokens pushed a working one out of its owner's list (it still worked). */
    @Test
    void aWorkingTokenIsAlwaysListedHoweverManyWereRevokedAfterIt() {
        Api.Reply kept = api.as("reporter2").post("api/tokens", "{\"name\": \"persist\"}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        long keptId = kept.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 201; i++) {
            Api.Reply made = api.as("reporter2").post("api/tokens", "{\"name\": \"churn " + i + "\"}");
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            assertThat(api.as("reporter2").header("If-Match", made.header("ETag"))
                    .send("DELETE", "api/tokens/" + made.json().getJsonNumber("id").longValue(), null, new byte[0])
                    .status()).isEqualTo(204);
        }
        for (Api.Reply list : List.of(api.as("reporter2").get("api/tokens"), api.as("admin").get("api/tokens?user=reporter2"))) {
            List<JsonObject> items = list.jsonArray().getValuesAs(JsonObject.class);
            assertThat(items).hasSize(200);
            assertThat(items.get(0).getJsonNumber("id").longValue()).isEqualTo(keptId);
            assertThat(items.get(0).containsKey("revokedAt")).isFalse();
        }
    }

    @Test
    void whatATokenDoesIsRecordedAsItsOwner() {
        long briefing = newsroom.briefing("token-history");
        String secret = create("reporter", "{\"name\": \"stringer\"}").getString("token");
        Api.Reply posted = bearer(secret).post("api/briefings/" + briefing + "/entries", "{\"body\": \"Filed by a bot\"}");
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        long entry = Newsroom.id(posted.json());
        Api.Reply history = bearer(secret).get("api/briefings/" + briefing + "/entries/" + entry + "/revisions");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.jsonArray().getValuesAs(JsonObject.class)).extracting(r -> r.getString("by")).containsOnly("reporter");
    }

    @Test
    void onlyTheOwnerAndAdminsSeeOrRevokeAToken() {
        JsonObject token = create("reporter", "{\"name\": \"mine\"}");
        String path = "api/tokens/" + token.getInt("id");
        String etag = "\"" + token.getJsonNumber("version").longValue() + "\"";
        assertThat(api.as("reporter2").header("If-Match", etag).send("DELETE", path, null, new byte[0]).status())
                .as("another user's token does not exist for them").isEqualTo(404);
        assertThat(api.as("editor").header("If-Match", etag).send("DELETE", path, null, new byte[0]).status()).isEqualTo(404);
        assertThat(api.as("reporter2").get("api/tokens?user=reporter").status()).isEqualTo(403);
        assertThat(api.as("reporter2").get("api/tokens").body()).doesNotContain("\"id\":" + token.getInt("id") + ",");
        assertThat(api.header("If-Match", etag).send("DELETE", path, null, new byte[0]).status()).isEqualTo(401);
        assertThat(api.get("api/tokens").status()).isEqualTo(401);

        assertThat(find(api.as("admin").get("api/tokens?user=reporter"), token.getInt("id")).getString("name")).isEqualTo("mine");
        assertThat(api.as("admin").header("If-Match", etag).send("DELETE", path, null, new byte[0]).status()).isEqualTo(204);
        assertInvalidToken(refused(() -> bearer(token.getString("token")).get("api/tokens")), "revoked");
        assertThat(find(api.as("reporter").get("api/tokens"), token.getInt("id")).getString("revokedBy")).isEqualTo("admin");
    }

    @Test
    void badRequestsAreProblemsNamingEachField() {
        Api.Reply empty = api.as("editor").post("api/tokens", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
        assertThat(empty.body()).contains("\"name\"");
        Api.Reply all = api.as("editor").post("api/tokens", """
                {"name": "x", "roles": ["admin"], "briefings": [0], "expiresAt": "2001-01-01T00:00:00Z"}""");
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.body()).contains("\"roles\"", "\"briefings\"", "\"expiresAt\"");
        Api.Reply notJson = api.as("editor").post("api/tokens", "{\"name\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.as("editor").post("api/tokens", "{\"name\": \"x\", \"expiresAt\": \"tomorrow\"}").status()).isEqualTo(400);
        assertThat(api.as("editor").send("DELETE", "api/tokens/abc", null, new byte[0]).status()).isEqualTo(404);
        assertThat(api.as("editor").header("If-Match", "\"0\"").send("DELETE", "api/tokens/999999999", null, new byte[0])
                .status()).isEqualTo(404);
    }

    @Test
    void aTokenCannotMakeTokens() {
        String secret = create("editor", "{\"name\": \"no minting\"}").getString("token");
        Api.Reply minted = bearer(secret).post("api/tokens", "{\"name\": \"child\"}");
        assertThat(minted.status()).as(minted.toString()).isEqualTo(403);
        assertThat(minted.header("Content-Type")).startsWith("application/problem+json");
    }

    // ---- scope

    @Test
    void aReadOnlyTokenReadsWhatItsOwnerMayReadAndChangesNothing() {
        Api.Reply draft = api.as("editor").post("api/briefings", """
                {"slug": "%s", "language": "en", "title": "Embargoed", "status": "draft"}""".formatted(Api.uniqueSlug("ro")));
        long briefing = Newsroom.id(draft.json());
        Api reader = bearer(create("editor", "{\"name\": \"monitor\", \"readOnly\": true}").getString("token"));
        assertThat(reader.get("api/briefings/" + briefing).status()).as("staff may read drafts").isEqualTo(200);
        Api.Reply write = reader.post("api/briefings/" + briefing + "/entries", "{\"body\": \"x\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().getString("type")).endsWith("/token-scope");
    }

    @Test
    void aTokenCarriesOnlyTheRolesItWasGiven() {
        long briefing = newsroom.briefing("roles");
        Api bot = bearer(create("admin", "{\"name\": \"reporter bot\", \"roles\": [\"reporter\"]}").getString("token"));
        assertThat(bot.post("api/briefings/" + briefing + "/entries", "{\"body\": \"From the wire\"}").status()).isEqualTo(201);
        assertThat(bot.send("POST", "api/search/reindex", null, new byte[0]).status()).as("admin only").isEqualTo(403);
        assertThat(bot.get("api/jobs").status()).isEqualTo(403);
    }

    @Test
    void aTokenForOneBriefingReachesNoOther() {
        long mine = newsroom.briefing("scoped");
        long other = newsroom.briefing("other");
        Api bot = bearer(create("editor", "{\"name\": \"one desk\", \"briefings\": [" + mine + "]}").getString("token"));
        assertThat(bot.get("api/briefings/" + mine).status()).isEqualTo(200);
        assertThat(bot.post("api/briefings/" + mine + "/entries", "{\"body\": \"x\"}").status()).isEqualTo(201);
        assertThat(bot.get("api/briefings/" + other).status()).isEqualTo(403);
        assertThat(bot.post("api/briefings/" + other + "/entries", "{\"body\": \"x\"}").status()).isEqualTo(403);
        assertThat(bot.send("POST", "api/names/retag", null, new byte[0]).status()).isEqualTo(403);
    }

    // ---- refusals

    @Test
    void unknownAndMalformedTokensAre401Problems() {
        assertInvalidToken(refused(() -> bearer("lbt_" + "A".repeat(43)).get("api/tokens")), "not known");
        // Even on a public read: a client that sends a bad token is told so rather than served anonymously.
        assertInvalidToken(refused(() -> bearer("not-a-token").get("api/briefings?limit=1")), "not known");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant expires = Instant.now().plusSeconds(8);
        String secret = create("editor", "{\"name\": \"short\", \"expiresAt\": \"" + expires + "\"}").getString("token");
        Api bot = bearer(secret);
        Api.Reply first = bot.get("api/tokens");
        if (first.status() != 200) {
            assertThat(Instant.now()).as("refused only once expired: " + first).isAfterOrEqualTo(expires);
        }
        assertInvalidToken(refused(() -> bot.get("api/tokens")), "expired");
    }

    @Test
    void failedTokensSlowDownTheClientLikeFailedPasswords() {
        Api guesser = bearer("lbt_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a");
        Api.Reply reply = null;
        for (int i = 0; i < 12 && (reply == null || reply.status() != 429); i++) {
            reply = guesser.get("api/briefings?limit=1");
            assertThat(reply.status()).as(reply.toString()).isIn(401, 429);
        }
        assertThat(reply.status()).as("throttled after the free failures").isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).endsWith("/sign-in-throttled");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
        assertThat(api.as("editor").get("api/tokens").status()).as("passwords are another account").isEqualTo(200);
    }

    @Test
    void aValidTokenIsAcceptedFromAnAddressThatIsThrottledForBadOnes() {
        Api good = bearer(create("editor", "{\"name\": \"behind the same NAT\"}").getString("token"));
        Api broken = bearer("lbt_" + UUID.randomUUID().toString().replace("-", "") + "misconfig12");
        // The test server's back-off is 0.1-1 s: a bad token refused right after the good one shows the good one
        // was sent while the address was throttled.
        boolean shown = false;
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!shown && Instant.now().isBefore(deadline)) {
            if (broken.get("api/briefings?limit=1").status() != 429) {
                continue;
            }
            Api.Reply accepted = good.get("api/tokens");
            assertThat(accepted.status()).as("a valid token from a throttled address: " + accepted).isEqualTo(200);
            Api.Reply after = broken.get("api/briefings?limit=1");
            assertThat(after.status()).as(after.toString()).isIn(401, 429);
            shown = after.status() == 429;
        }
        assertThat(shown).as("the bad token was refused before and after the good one").isTrue();
    }

    // ---- CSRF: a bearer token is never sent by a browser on its own, so it needs no CSRF token; the origin checks
    // still apply to every request.

    @Test
    void aBearerRequestNeedsNoCsrfTokenButCrossSiteSignalsAreStillRefused() {
        Api bot = bearer(create("editor", "{\"name\": \"csrf\"}").getString("token"));
        String body = "{\"slug\": \"%s\", \"language\": \"en\", \"title\": \"x\"}";
        assertThat(bot.post("api/briefings", body.formatted(Api.uniqueSlug("csrf"))).status()).isEqualTo(201);
        Api.Reply crossSite = bot.header("Sec-Fetch-Site", "cross-site").post("api/briefings", body.formatted(Api.uniqueSlug("csrf")));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.json().getString("type")).endsWith("/csrf");
    }

    // ---- HTTP Basic, cached

    @Test
    void aWrongPasswordIsNeverAnsweredFromTheCache() {
        assertThat(api.as("reporter2").get("api/tokens").status()).isEqualTo(200);
        assertThat(api.as("reporter2").get("api/tokens").status()).isEqualTo(200);
        Api wrong = api.header("Authorization", basic("reporter2", Api.PASSWORD + "x"));
        assertThat(wrong.get("api/tokens").status()).isIn(401, 429);
        Api prefix = api.header("Authorization", basic("reporter2", Api.PASSWORD.substring(1)));
        assertThat(prefix.get("api/tokens").status()).isIn(401, 429);
    }

    @Test
    void aChangedPasswordStopsWorkingAtOnce() throws Exception {
        String user = "cached-" + UUID.randomUUID().toString().substring(0, 8);
        addUser(user, "first-Pa55word", "reporter");
        Api old = api.header("Authorization", basic(user, "first-Pa55word"));
        assertThat(old.get("api/tokens").status()).isEqualTo(200);
        assertThat(old.get("api/tokens").status()).as("now from the cache").isEqualTo(200);

        addUser(user, "second-Pa55word", "reporter");
        assertThat(old.get("api/tokens").status()).as("the old password, remembered a moment ago").isIn(401, 429);
        assertThat(api.header("Authorization", basic(user, "second-Pa55word")).get("api/tokens").status()).isEqualTo(200);
    }

    // ---- browser sessions of a changed user

    @Test
    void aDemotedUsersSessionEndsAtOnceWhileOtherUsersStaySignedIn() throws Exception {
        String user = "demoted-" + UUID.randomUUID().toString().substring(0, 8);
        addUser(user, "first-Pa55word", "admin", "editor", "reporter");
        Api demoted = session(user, "first-Pa55word");
        Api colleague = session("editor", Api.PASSWORD);
        assertThat(demoted.get("api/jobs").status()).as("admin only").isEqualTo(200);
        assertThat(demoted.post("api/briefings", briefing("before")).status()).isEqualTo(201);

        addUser(user, "second-Pa55word", "reporter");
        Api.Reply jobs = demoted.get("api/jobs");
        assertThat(jobs.status()).as(jobs.toString()).isEqualTo(401);
        assertThat(jobs.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jobs.json().getString("type")).endsWith("/unauthenticated");
        assertThat(demoted.get("api/session").status()).isEqualTo(401);
        assertThat(demoted.post("api/briefings", briefing("after")).status()).isEqualTo(401);

        Api.Reply stillThere = colleague.get("api/session");
        assertThat(stillThere.status()).as("another user's session: " + stillThere).isEqualTo(200);
        assertThat(colleague.post("api/briefings", briefing("colleague")).status()).isEqualTo(201);
        Api again = session(user, "second-Pa55word");
        assertThat(again.get("api/session").json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("reporter");
        assertThat(again.get("api/jobs").status()).isEqualTo(403);
    }

    // ---- helpers

    /** Signed in as a browser is, through {@code POST /api/session}: the session cookie and its CSRF token. */
    private Api session(String user, String password) {
        Api.Reply signedIn = api.post("api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(user, password));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        String cookie = signedIn.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        return api.header("Cookie", cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .header("X-CSRF-Token", signedIn.json().getString("csrfToken"));
    }

    private static String briefing(String prefix) {
        return "{\"slug\": \"%s\", \"language\": \"en\", \"title\": \"By session\"}".formatted(Api.uniqueSlug(prefix));
    }


    private JsonObject create(String user, String json) {
        Api.Reply created = api.as(user).post("api/tokens", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Api bearer(String secret) {
        return api.header("Authorization", "Bearer " + secret);
    }

    private static JsonObject find(Api.Reply list, int id) {
        return list.jsonArray().getValuesAs(JsonObject.class).stream().filter(t -> t.getInt("id") == id).findFirst()
                .orElseThrow(() -> new AssertionError("token " + id + " not in " + list));
    }

    private static void assertInvalidToken(Api.Reply reply, String why) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).endsWith("/invalid-token");
        assertThat(reply.json().getString("detail")).contains(why);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    /** A bad token's 401, once any back-off earlier bad tokens from this address earned has passed. */
    private static Api.Reply refused(Supplier<Api.Reply> request) {
        return until(request, 401);
    }

    private static Api.Reply until(Supplier<Api.Reply> request, int status) {
        Instant deadline = Instant.now().plus(DEADLINE);
        Api.Reply reply = request.get();
        while (reply.status() != status && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            reply = request.get();
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** add-user.sh as the admin guide runs it (bcrypt cost 10), against the test server. */
    private static void addUser(String user, String password, String... roles) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "src/main/wildfly/add-user.sh", user));
        command.addAll(List.of(roles));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LIVEBRIEF_USER_PASSWORD", password);
        builder.environment().put("JBOSS_HOME", System.getProperty("wildfly.home"));
        builder.environment().put("WILDFLY_CONTROLLER", "127.0.0.1:" + System.getProperty("it.management.port"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
