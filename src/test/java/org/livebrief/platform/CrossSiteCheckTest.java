package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livebrief.platform.CrossSiteCheck.Verdict.ALLOW;
import static org.livebrief.platform.CrossSiteCheck.Verdict.CROSS_SITE;
import static org.livebrief.platform.CrossSiteCheck.Verdict.OTHER_MEDIA_TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CrossSiteCheckTest {

    private static final String HOST = "news.example:8080";
    private static final List<String> PUBLIC = List.of("https://live.example");

    /** Headers as "Name: value|Name: value", a body or not. */
    private static CrossSiteCheck.Verdict check(String headers, boolean body) {
        Map<String, String> map = new HashMap<>();
        map.put("host", HOST);
        if (!headers.isBlank()) {
            for (String header : headers.split("\\|")) {
                String[] parts = header.split(":", 2);
                map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
            }
        }
        return CrossSiteCheck.check(CrossSiteCheck.of(name -> map.get(name.toLowerCase(Locale.ROOT)), body), PUBLIC);
    }

    @ParameterizedTest(name = "{0} (body {1}) → {2}")
    @CsvSource(delimiterString = " ~ ", value = {
        // What another site can make a browser send: refused whatever it carries.
        "Origin: http://evil.example|Content-Type: text/plain ~ true ~ CROSS_SITE",
        "Origin: http://evil.example|Content-Type: application/json ~ true ~ CROSS_SITE",
        "Origin: http://evil.example ~ false ~ CROSS_SITE",
        "Origin: null|Content-Type: application/x-www-form-urlencoded ~ true ~ CROSS_SITE",
        "Origin: http://news.example:8081 ~ false ~ CROSS_SITE",
        "Origin: http://news.example.evil.example:8080 ~ false ~ CROSS_SITE",
        "Sec-Fetch-Site: cross-site|Content-Type: text/plain ~ true ~ CROSS_SITE",
        "Sec-Fetch-Site: same-site|Content-Type: application/json ~ true ~ CROSS_SITE",
        "Sec-Fetch-Site: cross-site|Origin: http://news.example:8080 ~ false ~ CROSS_SITE",
        "Origin: not a url ~ false ~ CROSS_SITE",
        "Origin: http://news.example:8080/path ~ false ~ CROSS_SITE",
        // This server's own pages.
        "Origin: http://news.example:8080|Content-Type: application/json ~ true ~ ALLOW",
        "Origin: https://NEWS.example:8080|Content-Type: application/json ~ true ~ ALLOW",
        "Origin: https://live.example|Content-Type: application/json ~ true ~ ALLOW",
        "Sec-Fetch-Site: same-origin|Origin: https://behind-a-proxy.example|Content-Type: application/json ~ true ~ ALLOW",
        "Sec-Fetch-Site: none ~ false ~ ALLOW",
        // No browser signals: curl, scripts, feed tools.
        "'' ~ false ~ ALLOW",
        "Content-Type: application/json ~ true ~ ALLOW",
        "Content-Type: application/json; charset=UTF-8 ~ true ~ ALLOW",
        "Content-Type: application/merge-patch+json ~ true ~ ALLOW",
        "Content-Type: text/csv ~ true ~ ALLOW",
        // What a form or a preflight-free fetch can send, even from this origin: only with a script-only header.
        "Content-Type: text/plain ~ true ~ OTHER_MEDIA_TYPE",
        "Content-Type: TEXT/PLAIN;charset=utf-8 ~ true ~ OTHER_MEDIA_TYPE",
        "Content-Type: text/plain ~ false ~ OTHER_MEDIA_TYPE",
        "Content-Type: application/x-www-form-urlencoded ~ false ~ OTHER_MEDIA_TYPE",
        "Content-Type: multipart/form-data; boundary=x ~ true ~ OTHER_MEDIA_TYPE",
        "Origin: http://news.example:8080|Content-Type: text/plain ~ true ~ OTHER_MEDIA_TYPE",
        "'' ~ true ~ OTHER_MEDIA_TYPE",
        "Content-Type: application/xml ~ true ~ OTHER_MEDIA_TYPE",
        "Content-Type: text/plain|X-Requested-With: livebrief-editor ~ true ~ ALLOW",
        "X-Requested-With: x ~ true ~ ALLOW",
    })
    void decides(String headers, boolean body, CrossSiteCheck.Verdict expected) {
        assertThat(check(headers, body)).isEqualTo(expected);
    }

    @Test
    void aParameterOfTheContentTypeDoesNotChangeTheVerdict() {
        assertThat(check("Content-Type: text/csv;charset=UTF-8", true)).isEqualTo(ALLOW);
        assertThat(check("Content-Type: text/plain;charset=UTF-8", true)).isEqualTo(OTHER_MEDIA_TYPE);
        assertThat(check("Origin: http://evil.example|Content-Type: text/csv", true)).isEqualTo(CROSS_SITE);
    }

    @Test
    void theConfiguredPublicUrlGivesAnOrigin() {
        assertThat(CrossSiteCheck.originOf("https://Live.Example/livebrief/")).isEqualTo("https://live.example");
        assertThat(CrossSiteCheck.originOf("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(CrossSiteCheck.originOf("not a url")).isNull();
        assertThat(CrossSiteCheck.originOf(null)).isNull();
    }
}
