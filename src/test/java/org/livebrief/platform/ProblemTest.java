package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void rendersRfc9457MembersErrorsAndExtensions() {
        JsonObject json = parse(new Problem("validation", "Invalid request", 400, "2 invalid",
                List.of(new Problem.FieldError("title", "is required")), Map.of("existingId", 7L)).toJson());
        assertThat(json.getString("type")).isEqualTo("/livebrief/problems/validation");
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");
        assertThat(json.getJsonNumber("existingId").longValue()).isEqualTo(7);
    }

    @Test
    void problemsAreFoundAnywhereInTheCauseChain() {
        var wrapped = new RuntimeException(new IllegalStateException(ProblemException.notFound("Briefing", 5)));
        assertThat(ProblemMapper.toProblem(wrapped)).get().extracting(Problem::status).isEqualTo(404);
    }

    @Test
    void uniqueViolationsAreConflicts() {
        var wrapped = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThat(ProblemMapper.toProblem(wrapped)).get().extracting(Problem::status).isEqualTo(409);
    }

    @Test
    void unknownFailuresAreNotClientProblems() {
        assertThat(ProblemMapper.toProblem(new NullPointerException())).isEmpty();
    }
}
