package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;

/** Errors, limits and security as a client sees them: problem JSON, never a stack trace. */
class PlatformIT extends DeployedWar {

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(status);
        assertThat(reply.json().getString("title")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.hibernate", "org.jboss");
    }

    @Test
    void anonymousWritesAreUnauthorizedWithABasicChallenge() {
        Api.Reply reply = api.post("api/briefings", "{\"language\": \"en\", \"title\": \"Anonymous\"}");
        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        Api.Reply reply = api.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8)))
                .post("api/briefings", "{\"language\": \"en\", \"title\": \"Wrong password\"}");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(api.as("editor").get("api/briefings?limit=1").status()).isEqualTo(200);
    }

    @Test
    void reportersCannotCreateBriefings() {
        assertProblem(api.as("reporter").post("api/briefings", "{\"language\": \"en\", \"title\": \"Reporter\"}"), 403);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(api.as("editor").post("api/briefings", "{\"language\": \"en\", \"title\": "), 400);
        assertProblem(api.as("editor").post("api/briefings", "[1, 2"), 400);
        assertProblem(api.as("editor").post("api/briefings", "{\"title\": {\"nested\": true}, \"language\": \"en\"}"), 400);
    }

    @Test
    void validationFailuresNameEveryField() {
        Api.Reply reply = api.as("editor").post("api/briefings",
                "{\"language\": \"??\", \"title\": \"\", \"timeZone\": \"Nowhere/Atlantis\"}");
        assertProblem(reply, 400);
        assertThat(reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("language", "title", "timeZone");
        assertProblem(api.as("editor").post("api/briefings", ""), 400);
    }

    @Test
    void unknownIdsAndPathsAreNotFound() {
        assertProblem(api.get("api/briefings/987654321"), 404);
        assertProblem(api.get("api/briefings/not-a-number"), 404);
        assertProblem(api.get("api/no-such-resource"), 404);
        assertProblem(api.as("editor").post("api/briefings/987654321/entries", "{\"body\": \"x\"}"), 404);
    }

    @Test
    void wrongMediaTypesAndMethodsAreRefused() {
        assertProblem(api.as("editor").send("POST", "api/briefings", "text/plain",
                "title=x".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(api.as("editor").send("DELETE", "api/briefings", null, new byte[0]), 405);
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "{\"language\": \"en\", \"title\": \"Big\", \"summary\": \"" + "x".repeat(300_000) + "\"}";
        assertProblem(api.as("editor").post("api/briefings", huge), 413);
    }

    @Test
    void pageSizesOutOfRangeAreBadRequests() {
        assertProblem(api.get("api/briefings?limit=0"), 400);
        assertProblem(api.get("api/briefings?limit=100000"), 400);
        // Not a number at all: a 400 naming the parameter, not JAX-RS's 404 (an attacker's finding).
        long briefing = newsroom.briefing("params");
        for (String path : List.of("api/briefings?limit=abc", "api/briefings?before=x",
                "api/briefings/" + briefing + "/entries?limit=1.5", "api/briefings/" + briefing + "/changes?since=x")) {
            Api.Reply reply = api.as("editor").get(path);
            assertProblem(reply, 400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(path)
                    .isEqualTo(path.replaceAll(".*[?]([a-z]+)=.*", "$1"));
        }
        assertThat(api.as("editor").get("api/briefings/abc").status()).as("a path that names nothing").isEqualTo(404);
    }

    @Test
    void readinessReportsTheDatabaseOnTheManagementInterface() {
        int port = 9990 + Integer.parseInt(System.getProperty("it.port.offset", "0"));
        Api.Reply ready = new Api(URI.create("http://127.0.0.1:" + port + "/")).get("health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.json().getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
                .contains("livebrief-database");
    }

    @Test
    void messageBundlesAreServedPerLanguage() {
        Api.Reply uk = api.get("api/i18n/uk");
        assertThat(uk.status()).isEqualTo(200);
        assertThat(uk.json().getString("language")).isEqualTo("uk");
        assertThat(uk.json().getJsonObject("messages").getString("briefing.page.keyEvents")).isNotEqualTo(
                api.get("api/i18n/en").json().getJsonObject("messages").getString("briefing.page.keyEvents"));
        assertThat(api.get("api/i18n/fr").json().getString("language")).isEqualTo("en");
    }
}
