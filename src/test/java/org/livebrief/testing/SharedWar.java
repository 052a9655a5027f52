package org.livebrief.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WAR the build made, deployed once for the whole integration-test run instead of once per class (each deployment
 * took 3–6 s; some 40 classes per database). Arquillian's managed container still starts and stops the server; this
 * extension, registered after Arquillian's, deploys {@code livebrief.war} through the management API before the first
 * class that needs it and undeploys it when the run ends, so the server's {@code standalone.xml} is left as the build
 * made it (the benchmarks and crash tests start from it).
 *
 * <p>What a class changes stays for the classes after it, as the database always did: tests make their own briefings,
 * users' failed sign-ins are throttled per account, live streams must be closed by the test that opened them. A
 * class that needs a fresh deployment or none (redeploying, restarting) calls {@link #undeploy()} first; the next class
 * that needs it deploys it again.
 */
public final class SharedWar implements BeforeAllCallback {

    private static final String NAME = "livebrief.war";
    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        deploy(context);
    }

    /** The base URL of the deployed WAR ({@code http://127.0.0.1:8080+offset/livebrief/}). */
    public static URI base() {
        return URI.create("http://127.0.0.1:" + (8080 + offset()) + "/livebrief/");
    }

    /** Deploys the WAR unless it is deployed; undeployed again when the run ends. */
    static synchronized void deploy(ExtensionContext context) throws IOException {
        if (deployed) {
            return;
        }
        try (ModelControllerClient client = client()) {
            ModelNode exists = client.execute(Operations.createReadResourceOperation(Operations.createAddress("deployment", NAME)));
            if (Operations.isSuccessfulOutcome(exists)) {
                execute(client, Operations.createRemoveOperation(Operations.createAddress("deployment", NAME)));
            }
            Path war = Path.of(System.getProperty("livebrief.war"));
            ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", NAME));
            add.get("enabled").set(true);
            add.get("content").get(0).get("input-stream-index").set(0);
            try (InputStream bytes = Files.newInputStream(war)) {
                ModelNode outcome = client.execute(org.jboss.as.controller.client.Operation.Factory.create(add,
                        java.util.List.of(bytes)));
                if (!Operations.isSuccessfulOutcome(outcome)) {
                    throw new IllegalStateException("Deploying " + war + " failed: " + Operations.getFailureDescription(outcome));
                }
            }
        }
        deployed = true;
        // Closed when the whole run ends, before Arquillian's own resources (closed in reverse order), so the server is
        // still up to undeploy from.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedWar.class.getName() + ".undeploy", key -> (ExtensionContext.Store.CloseableResource) SharedWar::undeploy);
    }

    /** Stops and starts the shared WAR again: an application restart, as a test of what survives one needs. */
    public static synchronized void redeploy() throws IOException {
        if (!deployed) {
            throw new IllegalStateException("The shared WAR is not deployed");
        }
        try (ModelControllerClient client = client()) {
            ModelNode redeploy = Operations.createOperation("redeploy", Operations.createAddress("deployment", NAME));
            execute(client, redeploy);
        }
    }

    /** Takes the shared WAR off the server, for a class that deploys it itself; a later class deploys it again. */
    public static synchronized void undeploy() throws IOException {
        if (!deployed) {
            return;
        }
        try (ModelControllerClient client = client()) {
            execute(client, Operations.createRemoveOperation(Operations.createAddress("deployment", NAME)));
        }
        deployed = false;
    }

    /** Runs management operations on the test server, failing on the first that fails. */
    public static void manage(ModelNode... operations) throws IOException {
        try (ModelControllerClient client = client()) {
            for (ModelNode operation : operations) {
                execute(client, operation);
            }
        }
    }

    /** Runs one management operation on the test server and gives its result, failing when it fails. */
    public static ModelNode read(ModelNode operation) throws IOException {
        try (ModelControllerClient client = client()) {
            return Operations.readResult(execute(client, operation));
        }
    }

    /** The test server's port for {@code standardPort} (8080, 8090, 9990…): the standard one plus the offset. */
    public static int port(int standardPort) {
        return standardPort + offset();
    }

    private static ModelNode execute(ModelControllerClient client, ModelNode operation) throws IOException {
        ModelNode outcome = client.execute(operation);
        if (!Operations.isSuccessfulOutcome(outcome)) {
            throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(outcome));
        }
        return outcome;
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                Integer.parseInt(System.getProperty("it.management.port", String.valueOf(9990 + offset()))));
    }

    private static int offset() {
        return Integer.parseInt(System.getProperty("it.port.offset", "0"));
    }
}
