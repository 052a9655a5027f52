package org.livebrief.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TagIdsTest {

    @Test
    void authorityComesFromConfigurationNeverFromARequest() {
        assertThat(FeedSettings.authority(Optional.of(" News.Example.com "), Optional.of("https://other.example")))
                .isEqualTo("News.Example.com");
        assertThat(FeedSettings.authority(Optional.empty(), Optional.of("https://news.example.com/")))
                .isEqualTo("news.example.com");
        assertThat(FeedSettings.authority(Optional.empty(), Optional.empty())).isEqualTo("livebrief.invalid");
    }

    @Test
    void idsAreTagUris() {
        TagIds ids = new TagIds("News.Example.com");
        assertThat(ids.entry(42)).isEqualTo("tag:news.example.com,2026:livebrief/entry/42");
        assertThat(ids.briefing(3, true)).isEqualTo("tag:news.example.com,2026:livebrief/briefing/3/key-events");
        assertThat(ids.language("sr-Latn", false)).isEqualTo("tag:news.example.com,2026:livebrief/language/sr-Latn");
    }
}
