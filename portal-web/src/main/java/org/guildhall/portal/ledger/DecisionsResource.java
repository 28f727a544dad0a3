package org.guildhall.portal.ledger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public decision ledger: every decision with its on-chain record. */
@Path("decisions")
@Tag(name = "decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    DecisionLedger ledger;

    @GET
    @Operation(summary = "Every decision, newest first, with its on-chain status")
    public List<DecisionLedger.Entry> list() {
        return ledger.entries();
    }

    @GET
    @Path("{id}")
    public DecisionLedger.Entry get(@PathParam("id") UUID id) {
        return ledger.entry(id).orElseThrow(() -> new NotFoundException("No decision " + id));
    }
}
