package org.livebrief.testing;

import java.io.File;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every HTTP integration test: the WAR the build made, deployed to the managed WildFly, and
 * a client for it. Each subclass deploys once; its tests make their own data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedWar {

    @ArquillianResource
    protected URI base;

    protected Api api;
    protected Newsroom newsroom;

    @Deployment(testable = false)
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("livebrief.war")));
    }

    @BeforeEach
    void client() {
        api = new Api(base);
        newsroom = new Newsroom(api);
    }
}
