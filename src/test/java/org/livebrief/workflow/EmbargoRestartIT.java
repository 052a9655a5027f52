package org.livebrief.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.livebrief.testing.Api;
import org.livebrief.testing.Newsroom;

/**
 * An embargo survives the application going away: the entry's time comes while Livebrief is not
 * deployed, and after it comes back the entry is published exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbargoRestartIT {

    static final String DEPLOYMENT = "restartable";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("livebrief.war")));
    }

    @ArquillianResource
    Deployer deployer;

    static URI base() {
        int port = 8080 + Integer.parseInt(System.getProperty("it.port.offset", "0"));
        return URI.create("http://127.0.0.1:" + port + "/livebrief/");
    }

    /** This class deploys and undeploys the WAR itself: the run's shared deployment must be off the server meanwhile. */
    @org.junit.jupiter.api.BeforeAll
    static void withoutTheSharedDeployment() throws java.io.IOException {
        org.livebrief.testing.SharedWar.undeploy();
    }

    @Test
    void scheduledEntryPublishesOnceAfterARestart() {
        deployer.deploy(DEPLOYMENT);
        Api api = new Api(base());
        Newsroom newsroom = new Newsroom(api);
        long briefing = newsroom.briefing("restart");
        long entry = Newsroom.id(newsroom.post(briefing, "reporter", "{\"body\": \"Statement under embargo\"}"));
        Instant at = Instant.now().plusSeconds(3);
        assertThat(newsroom.transition(briefing, entry, "schedule", "editor", "{\"publishAt\": \"" + at + "\"}").status())
                .isEqualTo(200);

        deployer.undeploy(DEPLOYMENT);
        waitFor(() -> Instant.now().isAfter(at.plusSeconds(1)), Duration.ofSeconds(30));
        deployer.deploy(DEPLOYMENT);
        try {
            String path = "api/briefings/" + briefing + "/entries/" + entry;
            waitFor(() -> api.get(path).status() == 200, Duration.ofSeconds(60));
            List<JsonObject> history = api.as("editor").get(path + "/revisions").jsonArray().getValuesAs(JsonObject.class);
            assertThat(history).filteredOn(r -> r.getString("state").equals("published")).hasSize(1);
            assertThat(Instant.parse(api.get(path).json().getString("publishedAt"))).isAfterOrEqualTo(at.minusMillis(1));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
