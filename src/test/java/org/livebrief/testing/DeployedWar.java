package org.livebrief.testing;

import java.net.URI;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every HTTP integration test: the WAR the build made, deployed to the managed WildFly once for the whole
 * run ({@link SharedWar}), and a client for it. Its tests make their own data.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedWar.class)
@RunAsClient
public abstract class DeployedWar {

    protected final URI base = SharedWar.base();

    protected Api api;
    protected Newsroom newsroom;

    @BeforeEach
    void client() {
        api = new Api(base);
        newsroom = new Newsroom(api);
    }
}
