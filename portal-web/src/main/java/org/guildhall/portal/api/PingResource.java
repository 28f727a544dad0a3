package org.guildhall.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's cheapest answer: no database, no security check, a constant body. Clients use it to check
 * that the API answers; the resolution benchmark uses it as the server's baseline.
 */
@Path("ping")
public class PingResource {

    private static final String PONG = "{\"status\":\"ok\"}";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"status\":\"ok\"} at once")
    public String ping() {
        return PONG;
    }
}
