package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CachePolicyTest {

    private static final CachePolicy.Lifetimes HOUR = new CachePolicy.Lifetimes(3600, 30, 86_400);

    @Test
    void browsersKeepItShortlySharedCachesAsLongAsConfiguredAndBothMayServeStale() {
        assertThat(CachePolicy.cacheControl(10, HOUR))
                .isEqualTo("public, max-age=10, s-maxage=3600, stale-while-revalidate=30, stale-if-error=86400");
        assertThat(CachePolicy.surrogateControl(10, HOUR)).isEqualTo("max-age=3600, stale-while-revalidate=30, stale-if-error=86400");
    }

    @Test
    void aSharedCacheNeverKeepsItShorterThanABrowser() {
        CachePolicy.Lifetimes tenSeconds = new CachePolicy.Lifetimes(10, 30, 60);
        assertThat(CachePolicy.cacheControl(86_400, tenSeconds)).startsWith("public, max-age=86400, s-maxage=86400,");
        assertThat(CachePolicy.surrogateControl(86_400, tenSeconds)).startsWith("max-age=86400,");
        assertThat(CachePolicy.cacheControl(-5, tenSeconds)).startsWith("public, max-age=0, s-maxage=10,");
    }

    @Test
    void keysGoOutOnceInBothSpellingsAndAnAnswerWithoutKeysHasNeither() {
        Map<String, String> headers = new LinkedHashMap<>();
        CachePolicy.headers(10, List.of(CachePolicy.briefing(7), CachePolicy.entry(42), CachePolicy.briefing(7),
                CachePolicy.name(3), CachePolicy.language("sr-Latn"), CachePolicy.FRONT), HOUR).apply(headers::put);
        assertThat(headers.get("Surrogate-Key")).isEqualTo("briefing-7 entry-42 name-3 language-sr-latn front");
        assertThat(headers.get("Cache-Tag")).isEqualTo("briefing-7,entry-42,name-3,language-sr-latn,front");
        assertThat(headers).containsKeys("Cache-Control", "Surrogate-Control");

        Map<String, String> none = new LinkedHashMap<>();
        CachePolicy.headers(10, List.of(), HOUR).apply(none::put);
        assertThat(none).containsOnlyKeys("Cache-Control", "Surrogate-Control");
    }
}
