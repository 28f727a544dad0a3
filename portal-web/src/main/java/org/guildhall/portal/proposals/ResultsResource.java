package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.tally.boundary.ResultVerification;

/** Recounting a published result document, for anyone; the same check as ./guildhall verify-tally. */
@Path("results")
@Tag(name = "results")
public class ResultsResource {

    @Inject
    ResultVerification verification;

    @POST
    @Path("recount")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recount a result document: recompute its tally from its electorate, ballots and rule, and compare")
    public ResultVerification.Report recount(String document) {
        return verification.recount(document);
    }
}
