package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.livebrief.platform.Fields;
import org.livebrief.platform.Problem;
import org.livebrief.platform.ProblemException;
import org.livebrief.testing.FuzzInput;

/** Briefing titles, slugs, languages and time zones from editors' requests (docs/fuzzing.md). */
class BriefingRequestFuzzTest {

    private static final List<String> FIELDS = List.of("slug", "language", "title", "summary", "timeZone", "status",
            "fastLane");

    /** A slug made from a title is a valid slug (or nothing), is its own slug, and ignores Unicode normal forms. */
    @FuzzTest(maxDuration = "60s")
    void slugsFromTitlesAreValid(byte[] data) {
        String title = FuzzInput.text(data);
        String slug = Slugs.fromTitle(title);
        assertThat(slug.isEmpty() || Slugs.isValid(slug)).as("slug '%s' of '%s'", slug, title).isTrue();
        if (!slug.isEmpty()) {
            assertThat(Slugs.fromTitle(slug)).isEqualTo(slug);
        }
        assertThat(Slugs.fromTitle(Normalizer.normalize(title, Normalizer.Form.NFD)))
                .isEqualTo(Slugs.fromTitle(Normalizer.normalize(title, Normalizer.Form.NFC)));
    }

    /**
     * Parts: slug, language, title, summary, timeZone, status, fastLane (comma-separated). The request is
     * valid (with a valid slug, a well-formed language tag, clean title, each fitting its column) or refused
     * with 400 naming its fields;
     * a title with a lower-case letter, a letter without case or a digit and no slug never fails on the slug the server made from it.
     */
    @FuzzTest(maxDuration = "60s")
    void createRequestsAreValidOrRefusedWith400(byte[] data) {
        String[] p = FuzzInput.parts(data, 7);
        List<String> fastLane = p[6] == null ? null : Arrays.asList(p[6].split(",", -1));
        BriefingRequest request = new BriefingRequest(p[0], p[1], p[2], p[3], p[4], p[5], null, fastLane);
        try {
            BriefingRequest.Valid valid = request.validateForCreate();
            assertThat(Slugs.isValid(valid.slug())).isTrue();
            assertThat(valid.title()).isNotEmpty().isEqualTo(valid.title().strip());
            assertThat(Fields.isCleanText(valid.title())).isTrue();
            assertThat(valid.language().getLanguage()).isNotEmpty();
            String tag = valid.language().toLanguageTag();
            assertThat(new Locale.Builder().setLanguageTag(tag).build().toLanguageTag()).isEqualTo(tag);
            assertThat(valid.fastLane()).allMatch(u -> u.matches("[A-Za-z0-9._@-]{1,100}"));
            // Every value fits its live_briefing column, counted in UTF-16 units as H2 counts them.
            assertThat(tag).hasSizeLessThanOrEqualTo(35);
            assertThat(valid.title()).hasSizeLessThanOrEqualTo(300);
            assertThat(valid.summary()).hasSizeLessThanOrEqualTo(2000);
            assertThat(valid.slug()).hasSizeLessThanOrEqualTo(120);
            assertThat(valid.timeZone().getId()).hasSizeLessThanOrEqualTo(64);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            List<String> fields = e.problem().errors().stream().map(Problem.FieldError::field).toList();
            assertThat(fields).isNotEmpty().isSubsetOf(FIELDS);
            boolean derived = p[0] == null || p[0].isBlank();
            String title = p[2] == null ? "" : p[2].strip();
            if (derived && !fields.contains("title") && title.codePoints().anyMatch(BriefingRequestFuzzTest::slugLetter)) {
                assertThat(fields).as("slug made from title '%s'", title).doesNotContain("slug");
            }
        } catch (IllformedLocaleException e) {
            throw new AssertionError("a language tag must be refused with 400", e);
        }
    }

    /** A character that lower-cases to a letter or digit a slug may hold. */
    private static boolean slugLetter(int codePoint) {
        int type = Character.getType(Character.toLowerCase(codePoint));
        return type == Character.LOWERCASE_LETTER || type == Character.OTHER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER;
    }
}
