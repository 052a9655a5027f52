package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.livebrief.platform.ProblemException;

/** An entry's optional headline: one line of plain text, kept, replaced or removed by a request, never required. */
class EntryHeadlineTest {

    private static final EntryFlags CURRENT = new EntryFlags(false, false, null, null, "Talks begin");

    private static EntryRequest withHeadline(String headline) {
        return new EntryRequest(null, "Talks begin in Istanbul", null, null, null, null, null, null, headline);
    }

    @Test
    void absentKeepsTheHeadlineEmptyRemovesItTextReplacesItStripped() {
        assertThat(withHeadline(null).flags(CURRENT).headline()).isEqualTo("Talks begin");
        assertThat(withHeadline("").flags(CURRENT).headline()).isNull();
        assertThat(withHeadline("   ").flags(CURRENT).headline()).isNull();
        assertThat(withHeadline("  Talks <b>end</b> ").flags(CURRENT).headline()).as("plain text: escaped on output, kept as typed")
                .isEqualTo("Talks <b>end</b>");
    }

    @Test
    void tooLongOrMoreThanOneLineIsA400NamingTheField() {
        for (String bad : new String[] {"x".repeat(EntryRequest.MAX_HEADLINE + 1), "Talks\nbegin", "Talks\tbegin", "Talks\u0007"}) {
            ProblemException problem = catchThrowableOfType(ProblemException.class, () -> withHeadline(bad).flags(CURRENT));
            assertThat(problem).as(bad).isNotNull();
            assertThat(problem.problem().status()).isEqualTo(400);
            assertThat(problem.problem().toString()).contains("headline");
        }
        assertThat(withHeadline("x".repeat(EntryRequest.MAX_HEADLINE)).flags(CURRENT).headline()).hasSize(EntryRequest.MAX_HEADLINE);
    }

    @Test
    void theTitleIsTheHeadlineOrTheFirstSentence() {
        LiveBriefing briefing = new LiveBriefing(new BriefingRequest("istanbul", "en", "Istanbul talks", "", "Europe/Kyiv")
                .validateForCreate(), "editor", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Entry plain = new Entry(briefing, EntryBody.sanitize("Talks begin. More later."), "reporter", EntryRequest.NO_FLAGS,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Entry titled = new Entry(briefing, EntryBody.sanitize("Talks begin. More later."), "reporter", CURRENT,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(plain.headline()).isNull();
        assertThat(plain.title()).isEqualTo("Talks begin.");
        assertThat(titled.title()).isEqualTo("Talks begin");
    }

    @Test
    void aChangedHeadlineOfAPublishedEntryIsAnUpdateNotACorrection() {
        LiveBriefing briefing = new LiveBriefing(new BriefingRequest("istanbul", "en", "Istanbul talks", "", "Europe/Kyiv")
                .validateForCreate(), "editor", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        Entry entry = new Entry(briefing, EntryBody.sanitize("Talks begin."), "reporter", CURRENT, clock);
        entry.apply(Transition.PUBLISH, "editor", TransitionRequest.NONE, clock);

        Change.Kind kind = entry.revise(EntryBody.sanitize("Talks begin."), new EntryFlags(false, false, null, null, "Talks resume"),
                null, false, "editor", clock);
        assertThat(kind).isEqualTo(Change.Kind.ENTRY_UPDATED);
        assertThat(entry.headline()).isEqualTo("Talks resume");
        assertThat(entry.corrections()).isEmpty();
    }
}
