package org.livebrief.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis version recorded beside the index, which makes an upgraded server rebuild an old index. */
class IndexBootstrapTest {

    @TempDir
    Path root;

    @Test
    void theVersionFitsTheColumnThatOpenSearchInstallationsKeepItIn() {
        // Stop 23's first version string was 211 characters: every node of the two-node bench failed to deploy.
        assertThat(IndexBootstrap.ANALYSIS_VERSION.length()).isLessThanOrEqualTo(IndexBootstrap.MAX_VERSION_LENGTH);
    }

    @Test
    void theLimitIsTheMigrationsColumn() throws Exception {
        try (var in = IndexBootstrap.class.getClassLoader().getResourceAsStream("db/migration/V46__search_index_state.sql")) {
            String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            var column = java.util.regex.Pattern.compile("analysis_version\\s+VARCHAR\\((\\d+)\\)").matcher(sql);
            assertThat(column.find()).isTrue();
            assertThat(Integer.parseInt(column.group(1))).isEqualTo(IndexBootstrap.MAX_VERSION_LENGTH);
        }
    }

    @Test
    void anIndexWithoutARecordedVersionIsOfAnotherVersion() {
        assertThat(IndexBootstrap.writtenVersion(root)).isNull();
    }

    @Test
    void theRecordedVersionIsReadBackAndReplacesAnOlderOne() throws Exception {
        Files.writeString(root.resolve(IndexBootstrap.VERSION_FILE), "2026-11-01 older analyzers\n");
        assertThat(IndexBootstrap.writtenVersion(root)).isEqualTo("2026-11-01 older analyzers");
        IndexBootstrap.recordVersion(root);
        assertThat(IndexBootstrap.writtenVersion(root)).isEqualTo(IndexBootstrap.ANALYSIS_VERSION);
        assertThat(Files.list(root)).extracting(p -> p.getFileName().toString()).containsExactly(IndexBootstrap.VERSION_FILE);
    }

    @Test
    void aMissingDirectoryIsMade() {
        Path nested = root.resolve("a").resolve("search-index");
        IndexBootstrap.recordVersion(nested);
        assertThat(IndexBootstrap.writtenVersion(nested)).isEqualTo(IndexBootstrap.ANALYSIS_VERSION);
    }
}
