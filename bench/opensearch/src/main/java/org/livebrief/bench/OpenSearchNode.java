package org.livebrief.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;

/**
 * One OpenSearch node in this JVM, on 127.0.0.1: {@code OpenSearchNode <home> <http port>} (transport: http port + 100).
 * The plugins a distribution ships as modules are loaded from the classpath: netty4 (HTTP), reindex (delete by query,
 * which a rebuild of Livebrief's index starts with) and analysis-common
 * (pattern_capture, which Livebrief's index needs). Single-node discovery, no security plugin: for benches and
 * tests on one machine, not for production (an admin runs the OpenSearch distribution; docs/cluster.md).
 */
public final class OpenSearchNode {

    /** Node's plugin constructor is protected: the way tests start a node with classpath plugins. */
    private static final class WithPlugins extends Node {
        WithPlugins(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OpenSearchNode <home directory> <http port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "livebrief-bench")
                .put("node.name", "livebrief-bench-" + port)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", port + 100)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A shared, busy machine: the disk watermarks would turn indices read-only at 95 % full.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> "livebrief-bench-" + port);
        Node node = new WithPlugins(environment, List.of(org.opensearch.transport.Netty4Plugin.class,
                org.opensearch.analysis.common.CommonAnalysisPlugin.class, org.opensearch.index.reindex.ReindexPlugin.class));
        node.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("closing the node: " + e);
            }
        }));
        System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " listening on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
