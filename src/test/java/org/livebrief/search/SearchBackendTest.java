package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which search backend an admin's setting chooses; a misspelt one stops the deployment, it never falls back. */
class SearchBackendTest {

    @AfterEach
    void clear() {
        System.clearProperty("livebrief.search.backend");
    }

    @Test
    void theLocalIndexUnlessOpenSearchIsAskedFor() {
        assertThat(SearchBackend.backend()).isEqualTo("lucene");
        System.setProperty("livebrief.search.backend", "Lucene");
        assertThat(SearchBackend.backend()).isEqualTo("lucene");
        System.setProperty("livebrief.search.backend", " OpenSearch ");
        assertThat(SearchBackend.backend()).isEqualTo("opensearch");
    }

    @Test
    void anythingElseIsAnErrorThatNamesTheChoices() {
        System.setProperty("livebrief.search.backend", "elasticsearch8");
        assertThatThrownBy(SearchBackend::backend).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("elasticsearch8").hasMessageContaining("lucene or opensearch");
    }

    @Test
    void theIndexSettingsOpenSearchGetsAreOnTheClasspath() {
        assertThat(SearchBackend.class.getClassLoader().getResource(SearchBackend.INDEX_SETTINGS)).isNotNull();
    }
}
