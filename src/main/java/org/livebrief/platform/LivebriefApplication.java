package org.livebrief.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under {@code /livebrief/api}. Resources and providers are discovered by scanning. */
@ApplicationPath("api")
public class LivebriefApplication extends Application {
}
