package org.livebrief.live;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Ends the open event streams while the web application is still running: completing them later, once
 * the deployment's services are gone, makes the server log errors and can leave readers waiting on
 * a stream that never speaks again.
 */
@WebListener
public class Shutdown implements ServletContextListener {

    @Inject
    Subscribers subscribers;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        subscribers.closeEverything();
    }
}
