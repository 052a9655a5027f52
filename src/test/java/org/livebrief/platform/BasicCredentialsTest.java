package org.livebrief.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Basic !!!", "Basic ZWRpdG9y", "basic %%%", "Basic ", "BASIC ====", "Basic ZWRpdG9yOmxpdmVicmllZg==="})
    void unreadableBasicCredentialsAreMalformed(String header) {
        assertThat(BasicCredentials.isMalformedBasic(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic ZWRpdG9yOmxpdmVicmllZg==", "basic ZWRpdG9yOg==", "Bearer !!!", "Digest x", "Negotiate"})
    void wellFormedOrOtherSchemesAreLeftToTheMechanism(String header) {
        assertThat(BasicCredentials.isMalformedBasic(header)).isFalse();
    }
}
