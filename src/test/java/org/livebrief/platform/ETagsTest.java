package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void currentVersionOrWildcardMatches() {
        assertThatCode(() -> ETags.require("\"4\"", 4)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.require("\"3\", \"4\"", 4)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.require("*", 4)).doesNotThrowAnyException();
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        assertThat(catchThrowableOfType(ProblemException.class, () -> ETags.require(null, 1)).problem().status())
                .isEqualTo(428);
    }

    @Test
    void staleOrWeakOrUnquotedTagsFailWithTheCurrentVersion() {
        for (String stale : new String[] {"\"3\"", "W/\"4\"", "4", "garbage"}) {
            Problem problem = catchThrowableOfType(ProblemException.class, () -> ETags.require(stale, 4)).problem();
            assertThat(problem.status()).as(stale).isEqualTo(412);
            assertThat(problem.extensions()).containsEntry("currentVersion", 4L);
        }
    }
}
