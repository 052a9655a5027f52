package org.livebrief.embeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** The allowlist as an admin configures it ({@code livebrief.embeds.*}); mistakes stop the deployment. */
class EmbedSettingsTest {

    /** The few Config methods {@link EmbedProviders#from} reads, over a map. */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new java.util.NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(type::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return java.util.List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void byDefaultEveryBuiltInProviderIsOn() {
        assertThat(EmbedProviders.from(new MapConfig(Map.of())).names()).isEqualTo(EmbedProviders.defaults().names());
    }

    @Test
    void anAdminNarrowsTheListAndAddsAnOEmbedProvider() throws EmbedRefused {
        EmbedProviders providers = EmbedProviders.from(new MapConfig(Map.of(
                "livebrief.embeds.providers", "youtube, Vimeo",
                "livebrief.embeds.oembed", "hub",
                "livebrief.embeds.oembed.hub.title", "Media Hub",
                "livebrief.embeds.oembed.hub.schemes", "https://hub.example/v/* https://*.hub.example/v/*",
                "livebrief.embeds.oembed.hub.endpoint", "https://hub.example/oembed",
                "livebrief.embeds.oembed.hub.frames", "https://player.hub.example")));
        assertThat(providers.names()).isEqualTo("YouTube, Vimeo, Media Hub");
        assertThat(providers.embed("https://eu.hub.example/v/1").provider()).isEqualTo("hub");
        assertThatThrownBy(() -> providers.embed("https://t.me/channel_name/1")).isInstanceOf(EmbedRefused.class);
        assertThat(EmbedProviders.from(new MapConfig(Map.of("livebrief.embeds.providers", "none"))).frameOrigins()).isEmpty();
    }

    @Test
    void mistakesAreErrorsNamingTheSetting() {
        assertThatThrownBy(() -> EmbedProviders.from(new MapConfig(Map.of("livebrief.embeds.providers", "youtube,myspace"))))
                .hasMessageContaining("livebrief.embeds.providers").hasMessageContaining("myspace");
        assertThatThrownBy(() -> EmbedProviders.from(new MapConfig(Map.of("livebrief.embeds.oembed", "hub",
                "livebrief.embeds.oembed.hub.schemes", "hub.example/*", "livebrief.embeds.oembed.hub.endpoint", "https://hub.example/o"))))
                .hasMessageContaining("not a URL scheme");
        assertThatThrownBy(() -> EmbedProviders.from(new MapConfig(Map.of("livebrief.embeds.oembed", "youtube",
                "livebrief.embeds.oembed.youtube.schemes", "https://a.example/*", "livebrief.embeds.oembed.youtube.endpoint", "https://a.example/o"))))
                .hasMessageContaining("built-in");
        assertThatThrownBy(() -> EmbedProviders.from(new MapConfig(Map.of("livebrief.embeds.oembed", "hub",
                "livebrief.embeds.oembed.hub.schemes", "https://a.example/*", "livebrief.embeds.oembed.hub.endpoint", "https://a.example/o",
                "livebrief.embeds.oembed.hub.frames", "http://player.a.example"))))
                .hasMessageContaining(".frames");
    }
}
