package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livebrief.testing.Api;
import org.livebrief.testing.DeployedWar;

/**
 * The admin's GeoNames import as the admin guide runs it: {@code src/main/scripts/geonames-import.py} against
 * the running server (HTTP Basic as the admin), on the sample in the dump format. Former names resolve over
 * HTTP afterwards; a second run changes nothing (every place is reported as already held); a reporter's
 * credentials are refused with the server's answer in one line.
 */
class GeoNamesImportIT extends DeployedWar {

    record Run(int exit, String out) {
    }

    Run importAs(String user) throws Exception {
        Process process = new ProcessBuilder("python3", "src/main/scripts/geonames-import.py",
                "--dir", "src/test/resources/geonames", "--url", base.toString(), "-u", user + ":" + Api.PASSWORD)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out);
    }

    String resolved(String query) {
        List<JsonObject> matches = api.get("api/names/resolve?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .json().getJsonArray("matches").getValuesAs(JsonObject.class);
        return matches.isEmpty() ? null : api.get("api/names/" + matches.get(0).getJsonNumber("id").longValue())
                .json().getJsonObject("names").getString("en");
    }

    @Test
    void loadsFormerNamesAndIsSafeToRunAgain() throws Exception {
        Run refused = importAs("reporter");
        assertThat(refused.exit()).as(refused.out()).isNotZero();
        assertThat(refused.out()).contains("answered 403").doesNotContain("Traceback");

        Run first = importAs("admin");
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("6 places:").contains("0 refused");

        assertThat(resolved("Frunze")).isEqualTo("Bishkek");
        assertThat(resolved("Ленинакан")).isEqualTo("Gyumri");
        assertThat(resolved("Titograd")).isEqualTo("Podgorica");
        assertThat(resolved("Харьковская область")).isEqualTo("Kharkiv Oblast");

        Run again = importAs("admin");
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).contains("6 places: 0 created, 6 already held, 0 refused");
    }
}
