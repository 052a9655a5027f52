package org.livebrief.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;
import org.livebrief.testing.Newsroom;

/**
 * Every role × every transition × every state, against an entry written by {@code reporter}, plus the
 * tampering cases. The expectations below are written out by hand from the README's roles table, not
 * derived from the production code, so the two check each other.
 */
class AuthorizationMatrixIT extends DeployedWar {

    static final List<String> ROLES = List.of("anonymous", "reporter", "reporter2", "editor", "admin");
    static final List<String> STATES = List.of("draft", "submitted", "approved", "scheduled", "published", "retracted");
    static final List<String> TRANSITIONS = List.of("submit", "approve", "publish", "reject", "schedule", "retract");

    /** For an entry by "reporter" in a four-eyes briefing: which (state, transition) each role may take. */
    static final Map<String, Set<String>> EDITOR_MAY = Map.of(
            "draft", Set.of("submit", "publish", "schedule"),
            "submitted", Set.of("approve", "publish", "reject", "schedule"),
            "approved", Set.of("publish", "reject", "schedule"),
            "scheduled", Set.of("publish", "reject", "schedule"),
            "published", Set.of("retract"),
            "retracted", Set.of());

    static boolean expectedToSucceed(String role, String state, String transition) {
        return switch (role) {
            case "reporter" -> state.equals("draft") && transition.equals("submit");
            case "editor", "admin" -> EDITOR_MAY.get(state).contains(transition);
            default -> false;
        };
    }

    /** A new entry by "reporter" in {@code state}, and its current version. */
    private long[] entryIn(long briefing, String state) {
        JsonObject posted = newsroom.post(briefing, "reporter", "{\"body\": \"Matrix entry in " + state + "\"}");
        long entry = Newsroom.id(posted);
        long version = posted.getJsonNumber("version").longValue();
        List<String[]> steps = switch (state) {
            case "draft" -> List.of();
            case "submitted" -> List.<String[]>of(new String[] {"submit", "reporter"});
            case "approved" -> List.of(new String[] {"submit", "reporter"}, new String[] {"approve", "editor"});
            case "scheduled" -> List.of(new String[] {"submit", "reporter"}, new String[] {"schedule", "editor"});
            case "published" -> List.<String[]>of(new String[] {"publish", "editor"});
            case "retracted" -> List.of(new String[] {"publish", "editor"}, new String[] {"retract", "editor"});
            default -> throw new IllegalArgumentException(state);
        };
        for (String[] step : steps) {
            Api.Reply reply = newsroom.transition(briefing, entry, version, step[0], step[1], body(step[0]));
            assertThat(reply.status()).as(state + " setup " + step[0] + ": " + reply).isEqualTo(200);
            version = reply.json().getJsonNumber("version").longValue();
        }
        return new long[] {entry, version};
    }

    private static String body(String transition) {
        return switch (transition) {
            case "reject" -> "{\"note\": \"Needs a second source\"}";
            case "retract" -> "{\"reason\": \"The report was wrong\"}";
            case "schedule" -> "{\"publishAt\": \"" + Instant.now().plus(2, ChronoUnit.HOURS) + "\"}";
            default -> "{}";
        };
    }

    @Test
    void everyRoleTransitionAndStateBehavesAsTheRolesTableSays() {
        long briefing = newsroom.briefing("matrix");
        List<String> unexpected = new ArrayList<>();
        int successes = 0;
        for (String state : STATES) {
            for (String transition : TRANSITIONS) {
                for (String role : ROLES) {
                    long[] entry = entryIn(briefing, state);
                    Api.Reply reply = role.equals("anonymous")
                            ? api.header("If-Match", "*").post(path(briefing, entry[0]) + "/" + transition, body(transition))
                            : newsroom.transition(briefing, entry[0], entry[1], transition, role, body(transition));
                    boolean succeeded = reply.status() / 100 == 2;
                    if (succeeded != expectedToSucceed(role, state, transition)) {
                        unexpected.add(role + " " + transition + " " + state + " → " + reply.status());
                    }
                    if (!succeeded) {
                        assertThat(reply.status()).as(role + " " + transition + " " + state).isIn(401, 403, 409);
                        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                    }
                    successes += succeeded ? 1 : 0;
                }
            }
        }
        assertThat(unexpected).as("outcomes that differ from the roles table").isEmpty();
        assertThat(successes).as("the matrix must also allow what it should").isEqualTo(2 * 14 + 1);
    }

    @Test
    void nobodyApprovesOrPublishesTheirOwnEntry() {
        long briefing = newsroom.briefing("own");
        long entry = Newsroom.id(newsroom.post(briefing, "editor", "{\"body\": \"My own scoop\"}"));
        assertThat(newsroom.transition(briefing, entry, "publish", "editor").status()).isEqualTo(403);
        assertThat(newsroom.transition(briefing, entry, "schedule", "editor", body("schedule")).status()).isEqualTo(403);
        assertThat(newsroom.transition(briefing, entry, "submit", "editor").status()).isEqualTo(200);
        assertThat(newsroom.transition(briefing, entry, "approve", "editor").status()).isEqualTo(403);
        assertThat(newsroom.transition(briefing, entry, "approve", "admin").status()).isEqualTo(200);
        assertThat(newsroom.transition(briefing, entry, "publish", "editor").status())
                .as("approved by a second person, the author may release it").isEqualTo(200);
    }

    @Test
    void entryOfAnotherBriefingIsNeverActedOn() {
        long mine = newsroom.briefing("mine");
        long other = newsroom.briefing("other");
        long entry = entryIn(mine, "submitted")[0];
        for (String transition : TRANSITIONS) {
            for (String role : List.of("reporter", "editor", "admin")) {
                Api.Reply reply = api.as(role).header("If-Match", "*")
                        .post(path(other, entry) + "/" + transition, body(transition));
                assertThat(reply.status()).as(role + " " + transition).isEqualTo(404);
            }
        }
        Api.Reply edit = api.as("admin").header("If-Match", "*").put(path(other, entry), "{\"body\": \"Tampered\"}");
        assertThat(edit.status()).isEqualTo(404);
        assertThat(api.as("admin").get(path(mine, entry)).json().getString("state")).isEqualTo("submitted");
        assertThat(api.as("admin").get(path(mine, entry)).json().getString("body")).doesNotContain("Tampered");
    }

    @Test
    void bodyIdMustMatchTheUrl() {
        long briefing = newsroom.briefing("ids");
        long entry = entryIn(briefing, "draft")[0];
        long another = entryIn(briefing, "draft")[0];
        Api.Reply reply = api.as("reporter").header("If-Match", "*")
                .put(path(briefing, entry), "{\"id\": " + another + ", \"body\": \"Swapped\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.as("admin").get(path(briefing, another)).json().getString("body")).doesNotContain("Swapped");
    }

    @Test
    void reportersCannotPinOrMarkKeyEventsOrEditOthersEntries() {
        long briefing = newsroom.briefing("flags");
        assertThat(api.as("reporter").post("api/briefings/" + briefing + "/entries",
                "{\"body\": \"x\", \"pinned\": true}").status()).isEqualTo(403);
        long entry = entryIn(briefing, "draft")[0];
        assertThat(api.as("reporter2").header("If-Match", "*").put(path(briefing, entry), "{\"body\": \"Mine now\"}")
                .status()).isEqualTo(403);
        assertThat(api.as("reporter").header("If-Match", "*").put(path(briefing, entry),
                "{\"body\": \"x\", \"keyEvent\": true}").status()).isEqualTo(403);
        long published = entryIn(briefing, "published")[0];
        assertThat(api.as("reporter").header("If-Match", "*").put(path(briefing, published),
                "{\"body\": \"Quiet change\", \"correctionNote\": \"x\"}").status()).isEqualTo(403);
    }

    private static String path(long briefing, long entry) {
        return "api/briefings/" + briefing + "/entries/" + entry;
    }
}
