package org.livebrief.platform;

import java.util.List;
import java.util.Map;

/**
 * A domain error that the client can act on. Features throw the factory methods' results; the one
 * {@link ProblemMapper} turns them into problem responses.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem("validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s)", errors, Map.of()));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String type, String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem(type, "Conflict", 409, detail, List.of(), extensions));
    }

    public static ProblemException gone(String detail, Map<String, Object> extensions) {
        return new ProblemException(new Problem("gone", "Gone", 410, detail, List.of(), extensions));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the version you edited"));
    }

    public static ProblemException preconditionFailed(long currentVersion) {
        return new ProblemException(new Problem("stale-version", "Precondition failed", 412,
                "Someone else changed this since you read it; reload and reapply your change", List.of(),
                Map.of("currentVersion", currentVersion)));
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(new Problem("payload-too-large", "Payload too large", 413,
                "The request body is larger than " + limit + " bytes", List.of(), Map.of("limit", limit)));
    }
}
