package org.livebrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pictures in entry bodies: our own renditions in one shape, nothing else (issue #17, item 1). */
class FiguresTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef01234567";
    private static final String SRC = "/livebrief/media/" + HASH + "-640.jpg";
    private static final String SRCSET = "/livebrief/media/" + HASH + "-320.jpg 320w, " + SRC + " 640w";
    private static final String FIGURE = "<figure><img src=\"" + SRC + "\" srcset=\"" + SRCSET
            + "\" sizes=\"(max-width: 44rem) 100vw, 44rem\" alt=\"A crater\" width=\"640\" height=\"427\">"
            + "<figcaption>Near the station <small>Photo: AP</small></figcaption></figure>";

    @Test
    void anOwnPictureInAFigureIsKeptAsItIs() {
        EntryBody body = EntryBody.sanitize("<p>Shelling overnight.</p>" + FIGURE);
        assertThat(body.html()).isEqualTo("<p>Shelling overnight.</p>" + FIGURE);
        assertThat(EntryBody.sanitize(body.html()).html()).as("stable when saved again").isEqualTo(body.html());
        assertThat(body.imagesDescribed()).isTrue();
    }

    @Test
    void aPictureAloneIsAnEntryReadByItsAltText() {
        EntryBody body = EntryBody.sanitize("<figure><img src=\"" + SRC + "\" alt=\"A crater\"></figure>");
        assertThat(body.isEmpty()).isFalse();
        assertThat(body.excerpt()).isEqualTo("A crater");
    }

    @Test
    void everyOtherPictureIsDropped() {
        for (String html : new String[] {
                "<p>x</p><figure><img src=\"https://tracker.example/p.gif\" alt=\"a\"></figure>",
                "<p>x</p><figure><img src=\"//tracker.example" + SRC + "\" alt=\"a\"></figure>",
                "<p>x</p><figure><img src=\"" + SRC + "?u=1\" alt=\"a\"></figure>",
                "<p>x</p><figure><img src=\"/livebrief/media/../api/x-1.jpg\" alt=\"a\"></figure>",
                "<p>x<img src=\"" + SRC + "\" alt=\"not in a figure\"></p>",
                "<p>x</p><figure><img src=\"data:image/png;base64,AAAA\" alt=\"a\"></figure>",
                "<p>x</p><figure><img src=\"javascript:alert(1)\" alt=\"a\"></figure>"}) {
            assertThat(EntryBody.sanitize(html).html()).as(html).doesNotContain("<img").isEqualTo("<p>x</p>");
        }
    }

    @Test
    void foreignCandidatesAndOddAttributesAreRemovedFromAnOwnPicture() {
        String html = EntryBody.sanitize("<figure><img src=\"" + SRC + "\" srcset=\"https://evil.example/a.jpg 320w, "
                + SRC + " 640w\" sizes=\"expression(alert(1))\" width=\"100%\" alt=\"a\" onerror=\"alert(1)\" "
                + "style=\"x\"></figure>").html();
        assertThat(html).isEqualTo("<figure><img src=\"" + SRC + "\" alt=\"a\"></figure>");
    }

    @Test
    void aFigureWithoutItsPictureBecomesItsCaptionsText() {
        assertThat(EntryBody.sanitize("<figure><img src=\"https://evil.example/a.jpg\" alt=\"a\">"
                + "<figcaption>Caption <small>Credit</small></figcaption></figure>").html())
                .isEqualTo("<p>Caption Credit</p>");
    }

    @Test
    void aPictureWithoutAltTextIsNotDescribed() {
        EntryBody body = EntryBody.sanitize("<p>x</p><figure><img src=\"" + SRC + "\" alt=\" \"></figure>");
        assertThat(body.html()).contains("<img");
        assertThat(body.imagesDescribed()).isFalse();
        assertThat(EntryBody.sanitize("<p>x</p><figure><img src=\"" + SRC + "\"></figure>").imagesDescribed()).isFalse();
    }

    @Test
    void theFirstPictureAtTheWidestRenditionAllowedIsTheEntrysCard() {
        String big = "/livebrief/media/" + HASH + "-1600.jpg";
        String body = "<p>Text</p><figure><img src=\"" + SRC + "\" srcset=\"" + SRCSET + ", " + big
                + " 1600w\" alt=\"Smoke\"></figure><figure><img src=\"/livebrief/media/" + HASH.replace('0', 'f')
                + "-640.jpg\" alt=\"Second\"></figure>";
        org.assertj.core.api.Assertions.assertThat(Figures.first(body, 1600)).contains(new Figures.Picture(big, "Smoke"));
        org.assertj.core.api.Assertions.assertThat(Figures.first(body, 1024)).contains(new Figures.Picture(SRC, "Smoke"));
        org.assertj.core.api.Assertions.assertThat(Figures.first("<p>No picture</p>", 1600)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Figures.first("<figure><img src=\"https://x.example/a.jpg\" alt=\"a\"></figure>",
                1600)).as("never another site's").isEmpty();
    }
}
