package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.portal.proposals.ProposalJson.CommentView;
import org.guildhall.portal.proposals.ProposalJson.RevisionView;
import org.guildhall.portal.proposals.ProposalJson.StatusChangeView;
import org.guildhall.proposals.document.boundary.ProposalRendering;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.proposal.entity.Revision;

/** What surrounds a proposal's text: its revisions and their diffs, its timeline, its discussion. */
@Path("proposals")
@Tag(name = "proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalDiscussionResource {

    public record CommentRequest(@NotBlank @Size(max = 10_000) String body, UUID parentId) {
    }

    public record RevisionText(int number, String title, String editedBy, java.time.Instant editedAt, boolean normative,
                               String text) {
    }

    @Inject
    Proposals proposals;
    @Inject
    ProposalRendering rendering;

    @GET
    @Path("{ref}/revisions")
    @Operation(summary = "Every revision of the proposal, newest first")
    public List<RevisionView> revisions(@PathParam("ref") String ref) {
        return proposals.revisions(id(ref)).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("{ref}/revisions/{number}")
    @Operation(summary = "One revision's full text")
    public RevisionText revision(@PathParam("ref") String ref, @PathParam("number") int number) {
        Revision r = revisionOf(id(ref), number);
        return new RevisionText(r.getNumber(), r.getTitle(), r.getEditedBy(), r.getEditedAt(), r.isNormative(), r.asText());
    }

    @GET
    @Path("{ref}/diff")
    @Produces("text/x-diff")
    @Operation(summary = "Unified diff between two revisions (preamble and body)")
    public String diff(@PathParam("ref") String ref, @QueryParam("from") @NotNull @Min(1) Integer from,
                       @QueryParam("to") @NotNull @Min(1) Integer to) {
        UUID id = id(ref);
        return rendering.unifiedDiff(ref + "@" + from + ".." + to, revisionOf(id, from).asText(),
                revisionOf(id, to).asText());
    }

    @GET
    @Path("{ref}/timeline")
    @Operation(summary = "Every status change, oldest first")
    public List<StatusChangeView> timeline(@PathParam("ref") String ref) {
        return proposals.timeline(id(ref)).stream().map(StatusChangeView::of).toList();
    }

    @GET
    @Path("{ref}/comments")
    @Operation(summary = "The discussion, oldest first; replies name their parent")
    public List<CommentView> comments(@PathParam("ref") String ref) {
        return proposals.comments(id(ref)).stream().map(CommentView::of).toList();
    }

    @POST
    @Path("{ref}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a proposal, or reply to a comment")
    @SecurityRequirement(name = "bearer")
    public Response comment(@PathParam("ref") String ref, @NotNull @Valid CommentRequest request) {
        return Response.status(201).entity(CommentView.of(proposals.comment(id(ref), request.parentId(), request.body())))
                .build();
    }

    private UUID id(String ref) {
        return ProposalRefs.find(proposals, ref).getId();
    }

    private Revision revisionOf(UUID id, int number) {
        return proposals.revision(id, number).orElseThrow(() -> new ProposalException(ProposalException.Reason.NOT_FOUND,
                "revision-not-found", "No revision " + number + " of this proposal."));
    }
}
