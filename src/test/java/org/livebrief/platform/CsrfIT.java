package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;
import org.livebrief.testing.ResourceMethods;
import org.livebrief.testing.ResourceMethods.Endpoint;

/**
 * Issue #13, finding 4: another site cannot make a browser that holds credentials change anything. The
 * endpoints come from the resource classes by reflection, so a new one is covered the day it is written.
 */
class CsrfIT extends DeployedWar {

    private static final byte[] FORM = "x=y&title=forged".getBytes(StandardCharsets.UTF_8);

    /** The browser signals of a cross-site request: older browsers send only Origin, current ones both. */
    private static final List<Map<String, String>> CROSS_SITE = List.of(
            Map.of("Origin", "http://attacker.example"),
            Map.of("Origin", "http://attacker.example", "Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site"),
            Map.of("Origin", "null"));

    private static final Set<String> KNOWN = Set.of("POST api/names/import", "POST api/names/retag",
            "POST api/search/reindex", "POST api/briefings/{briefingId}/entries/{entryId}/{transition}",
            "PUT api/briefings/{id}", "DELETE api/session");

    private static List<Endpoint> stateChanging() {
        List<Endpoint> endpoints = ResourceMethods.all().stream().filter(Endpoint::changesState).toList();
        assertThat(endpoints.stream().map(e -> e.httpMethod() + " " + e.template()).collect(Collectors.toSet()))
                .as("the scan finds the endpoints of the issue's report").containsAll(KNOWN);
        return endpoints;
    }

    @Test
    void everyStateChangingEndpointRefusesACrossSiteFormPost() {
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : stateChanging()) {
            for (Map<String, String> signals : CROSS_SITE) {
                Api attacker = api.as("admin");
                for (Map.Entry<String, String> header : signals.entrySet()) {
                    attacker = attacker.header(header.getKey(), header.getValue());
                }
                Api.Reply reply = attacker.send(endpoint.httpMethod(), endpoint.path("987654321"), "text/plain", FORM);
                boolean problem = String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json");
                if (reply.status() != 403 || !problem || !reply.json().getString("type").endsWith("/csrf")) {
                    accepted.add(endpoint + " " + signals + " → " + reply);
                }
            }
        }
        assertThat(accepted).as("cross-site requests that were not refused with a csrf problem").isEmpty();
    }

    @Test
    void theSameRequestsFromThisOriginOrACommandLineClientReachTheResource() {
        List<String> refused = new ArrayList<>();
        String own = base.getScheme() + "://" + base.getAuthority();
        for (Endpoint endpoint : stateChanging()) {
            if (endpoint.template().equals("api/search/reindex") || endpoint.template().equals("api/names/retag")) {
                continue; // real work on the shared database; the cross-site refusal above is what matters here
            }
            for (Api client : List.of(api.as("admin"), api.as("admin").header("Origin", own),
                    api.as("admin").header("Sec-Fetch-Site", "same-origin"))) {
                Api.Reply reply = client.send(endpoint.httpMethod(), endpoint.path("987654321"), "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8));
                boolean csrf = reply.status() == 403 && reply.json().getString("type").endsWith("/csrf");
                if (csrf || reply.status() == 415) {
                    refused.add(endpoint + " → " + reply);
                }
            }
        }
        assertThat(refused).as("same-origin or non-browser JSON requests refused by the CSRF filter").isEmpty();
    }

    @Test
    void aTransitionWithoutABodyWorksFromCurlButNotFromAnotherSite() {
        long briefing = newsroom.briefing("csrf");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Shelling reported\"}"));
        String publish = "api/briefings/" + briefing + "/entries/" + entry + "/publish";
        Api editor = api.as("editor").header("If-Match", "\"0\"");

        Api.Reply forged = editor.header("Origin", "http://attacker.example").send("POST", publish, null, new byte[0]);
        assertThat(forged.status()).as(forged.toString()).isEqualTo(403);
        Api.Reply emptyForm = editor.send("POST", publish, "text/plain", new byte[0]);
        assertThat(emptyForm.status()).as("an empty text/plain form from a browser without Origin").isEqualTo(415);
        assertThat(api.as("admin").get("api/briefings/" + briefing + "/entries/" + entry).json().getString("state"))
                .isEqualTo("draft");

        Api.Reply curl = editor.send("POST", publish, null, new byte[0]);
        assertThat(curl.status()).as(curl.toString()).isEqualTo(200);
        assertThat(curl.json().getString("state")).isEqualTo("published");
    }

    @Test
    void csvImportTakesTextCsvAndTextPlainOnlyWithAScriptOnlyHeader() {
        String csv = "type,uk\nplace," + Newsroom.madeUpSurname() + "\n";
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(api.as("admin").send("POST", "api/names/import", "text/plain", body).status()).isEqualTo(415);
        Api.Reply script = api.as("admin").header("X-Requested-With", "import-script")
                .send("POST", "api/names/import", "text/plain", body);
        assertThat(script.status()).as(script.toString()).isEqualTo(200);
    }

    @Test
    void readsStayOpenToOtherSites() {
        Api.Reply embedded = api.header("Origin", "http://host-cms.example").header("Sec-Fetch-Site", "cross-site")
                .get("api/briefings?limit=1");
        assertThat(embedded.status()).as(embedded.toString()).isEqualTo(200);
    }

    @Test
    void noStateChangingPathAnswersAGet() {
        Set<String> readable = ResourceMethods.all().stream().filter(e -> e.httpMethod().equals("GET"))
                .map(Endpoint::template).collect(Collectors.toSet());
        List<String> answered = new ArrayList<>();
        for (Endpoint endpoint : stateChanging()) {
            if (readable.contains(endpoint.template())) {
                continue; // a read of the same resource
            }
            // 405, or 404 from a read whose template also matches (GET names/{id} with id "retag"): never the write.
            Api.Reply reply = api.as("admin").get(endpoint.path("987654321"));
            if (reply.status() != 405 && reply.status() != 404) {
                answered.add(endpoint + " → " + reply.status());
            }
        }
        assertThat(answered).as("GET on a state-changing path").isEmpty();
    }
}
