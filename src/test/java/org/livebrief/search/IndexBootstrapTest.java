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
