package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;

class BriefingRequestTest {

    @Test
    void validRequestIsNormalised() {
        BriefingRequest.Valid valid = new BriefingRequest(null, "sr-latn-rs", "  Talks in Istanbul ", null, "Europe/Kyiv")
                .validateForCreate();
        assertThat(valid.language().toLanguageTag()).isEqualTo("sr-Latn-RS");
        assertThat(valid.title()).isEqualTo("Talks in Istanbul");
        assertThat(valid.slug()).isEqualTo("talks-in-istanbul");
        assertThat(valid.summary()).isEmpty();
        assertThat(valid.timeZone().getId()).isEqualTo("Europe/Kyiv");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () ->
                new BriefingRequest("Bad Slug", "not_a_tag!", "", "x".repeat(2001), "Mars/Olympus").validateForCreate());
        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("title", "summary", "language", "timeZone", "slug");
    }

    /** Issue #13, finding 7: the fast lane is capped (it was an unbounded list of names). */
    @Test
    void theFastLaneIsCapped() {
        java.util.List<String> many = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "reporter" + i).toList();
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> new BriefingRequest(null, "en",
                "Title", null, null, null, null, many).validateForCreate());
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field).containsExactly("fastLane");
        assertThat(new BriefingRequest(null, "en", "Title", null, null, null, null, many.subList(0, 50))
                .validateForCreate().fastLane()).hasSize(50);
    }

    @Test
    void titlesWithControlCharactersAreRefused() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () ->
                new BriefingRequest(null, "en", "Bad\u0001title", null, null).validateForCreate());
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field).containsExactly("title");
    }

    @Test
    void updatesKeepAbsentFieldsAndRefuseSlugOrLanguageChanges() {
        LiveBriefing current = new LiveBriefing(new BriefingRequest("kyiv", "uk", "Київ", "Summary", "Europe/Kyiv")
                .validateForCreate(), "editor", java.time.Clock.systemUTC());
        BriefingRequest.Valid kept = new BriefingRequest(null, null, "Новий заголовок", null, null)
                .validateForUpdate(current);
        assertThat(kept.title()).isEqualTo("Новий заголовок");
        assertThat(kept.summary()).isEqualTo("Summary");
        assertThat(kept.language()).isEqualTo(Locale.forLanguageTag("uk"));

        ProblemException problem = catchThrowableOfType(ProblemException.class, () ->
                new BriefingRequest("kiev", "en", null, null, null).validateForUpdate(current));
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("slug", "language");
    }

    /** Issue #18: a language tag must name a real language, script and region, not only be well-formed. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xx", "sr-Xxxx", "en-QQ", "qzz"})
    void unknownLanguagesScriptsAndRegionsAreRefused(String tag) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () ->
                new BriefingRequest(null, tag, "Title", null, null).validateForCreate());
        assertThat(problem.problem().status()).isEqualTo(400);
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field).containsExactly("language");
    }

    @Test
    void calendarsAreCheckedAndKeptOrReset() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> new BriefingRequest(null, "fa",
                "Title", null, null, null, null, null, java.util.List.of("persian", "martian")).validateForCreate());
        assertThat(problem.problem().errors()).extracting(Problem.FieldError::field).containsExactly("calendars");

        LiveBriefing persian = new LiveBriefing(new BriefingRequest("tehran", "fa", "تهران", null, "Asia/Tehran")
                .validateForCreate(), "editor", java.time.Clock.systemUTC());
        assertThat(persian.calendars()).containsExactly("persian", "gregorian");
        assertThat(persian.direction()).isEqualTo("rtl");
        persian.revise(new BriefingRequest(null, null, null, null, null, null, null, null, java.util.List.of("gregorian"))
                .validateForUpdate(persian), java.time.Clock.systemUTC());
        assertThat(persian.calendars()).containsExactly("gregorian");
        persian.revise(new BriefingRequest(null, null, "Renamed", null, null).validateForUpdate(persian),
                java.time.Clock.systemUTC());
        assertThat(persian.calendars()).as("absent keeps the choice").containsExactly("gregorian");
        persian.revise(new BriefingRequest(null, null, null, null, null, null, null, null, java.util.List.of())
                .validateForUpdate(persian), java.time.Clock.systemUTC());
        assertThat(persian.calendars()).as("empty goes back to the default").containsExactly("persian", "gregorian");
    }
}
