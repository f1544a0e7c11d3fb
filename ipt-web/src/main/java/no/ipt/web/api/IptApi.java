package no.ipt.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST API at {@code /api}. */
@ApplicationPath("api")
public class IptApi extends Application {
}
