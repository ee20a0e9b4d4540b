package eu.mobilisesme.common.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import eu.mobilisesme.common.domain.BusinessRuleException;

/** Test-only endpoints that fail on purpose, to prove what clients see when the unexpected happens. */
@Path("/test-probes")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FailureProbeResource {

    @GET
    @Path("/bug")
    @Operation(hidden = true)
    public String bug() {
        throw new IllegalStateException("secret internals at eu.mobilisesme.Hidden.method(Hidden.java:42)");
    }

    @GET
    @Path("/rule")
    @Operation(hidden = true)
    public String rule() {
        throw new BusinessRuleException("SAME_COUNTRY", "Sending and host company must be in different countries.");
    }
}
