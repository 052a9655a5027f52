package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

class XmlTextTest {

    @Test
    void dropsWhatXmlForbidsAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g\uFFFEh\uFFFF")).isEqualTo("abcdefgh");
        assertThat(XmlText.clean("lone \uD800high and \uDC00low")).isEqualTo("lone high and low");
        assertThat(XmlText.clean("tab\tnew\nline\r, Київ, 🚀, – «»")).isEqualTo("tab\tnew\nline\r, Київ, 🚀, – «»");
        assertThat(XmlText.clean(null)).isNull();
    }

    @Test
    void everyStringInTheSampleStaysWellFormedInEveryXmlFormat() {
        FeedChecks.atom(AtomWriter.write(SampleFeeds.briefing(false)));
        assertThat(FeedChecks.count(FeedChecks.parse(RssWriter.write(SampleFeeds.briefing(false))), "//item")).isEqualTo(2);
    }

    @Test
    void parserRefusesDoctypesSoExternalEntitiesAreNeverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom">&x;</feed>""";
        assertThatThrownBy(() -> XmlText.safeParser().parse(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SAXParseException.class).hasMessageContaining("DOCTYPE");
    }
}
