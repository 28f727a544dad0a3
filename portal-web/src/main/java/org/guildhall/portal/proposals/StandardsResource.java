package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.standard.boundary.Standards;
import org.guildhall.proposals.standard.entity.Standard;

/** The standards catalogue, public. */
@Path("standards")
@Tag(name = "standards")
@Produces(MediaType.APPLICATION_JSON)
public class StandardsResource {

    public record StandardView(String code, String version, String title, String status, UUID proposalId,
                               Instant adoptedAt, Instant supersededAt, List<String> requirements) {
        static StandardView of(Standard s) {
            return new StandardView(s.getCode(), s.getVersion(), s.getTitle(), s.getStatus().name().toLowerCase(),
                    s.getProposalId(), s.getAdoptedAt(), s.getSupersededAt(), s.getRequirements());
        }
    }

    @Inject
    Standards standards;

    @GET
    @Operation(summary = "Every version of every standard, with its conformance requirements")
    public List<StandardView> list() {
        return standards.all().stream().map(StandardView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The version of a standard in force")
    public StandardView active(@PathParam("code") String code) {
        return standards.active(code).map(StandardView::of).orElseThrow(() -> new NotFoundException("No standard " + code));
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Every version of a standard, newest first")
    public List<StandardView> versions(@PathParam("code") String code) {
        List<StandardView> versions = standards.versionsOf(code).stream().map(StandardView::of).toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("No standard " + code);
        }
        return versions;
    }
}
