package org.livebrief.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Undeploy: {@link Metrics} lets go of the JVM's listeners, so an undeployed WAR's classes can be collected. */
@WebListener
public class MetricsLifecycle implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Metrics.close();
    }
}
