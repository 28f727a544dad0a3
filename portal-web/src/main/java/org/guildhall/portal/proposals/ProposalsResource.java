package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.portal.proposals.ProposalJson.Page;
import org.guildhall.portal.proposals.ProposalJson.ProposalSummary;
import org.guildhall.portal.proposals.ProposalJson.ProposalView;
import org.guildhall.portal.proposals.ProposalJson.QueueEntry;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.proposal.entity.ProposalFilter;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.track.boundary.VotingTracks;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.guildhall.proposals.track.entity.VotingTrack;

/** Improvement proposals: draft, list, read, edit, submit for review, and move through the lifecycle. */
@Path("proposals")
@Tag(name = "proposals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    /** An edit: the new text and the revision it was made on (refused when someone edited since). */
    public record EditRequest(@NotNull @Valid ProposalDocument document, @NotNull @Min(1) Long revision) {
    }

    /**
     * A status change: {@code to} is a status (draft, review, last-call, final, stagnant, withdrawn,
     * living); {@code expedited} asks for the track's expedited vote when entering last-call.
     */
    public record TransitionRequest(@NotBlank @Size(max = 16) String to, @Size(max = 1000) String reason,
                                    Boolean expedited) {
    }

    @Inject
    Proposals proposals;
    @Inject
    VotingTracks tracks;
    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Proposals, newest first, filtered by status, type, track and author, paged")
    public Page list(@QueryParam("status") String status, @QueryParam("type") String type,
                     @QueryParam("track") String track, @QueryParam("author") @Size(max = 64) String author,
                     @QueryParam("first") @DefaultValue("0") @Min(0) int first,
                     @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        ProposalFilter filter = new ProposalFilter(
                status == null ? null : parse(() -> ProposalStatus.fromSlug(status), "status", status),
                type == null ? null : parse(() -> ProposalType.valueOf(ProposalJson.constant(type)), "type", type),
                track == null ? null : kindOf(track), author);
        List<ProposalSummary> items = proposals.search(filter, first, max).stream().map(ProposalSummary::of).toList();
        return new Page(proposals.count(filter), first, max, items);
    }

    @GET
    @Path("queue")
    @Operation(summary = "Drafts waiting for their first review by an editor, oldest first")
    public List<QueueEntry> queue() {
        Instant now = Instant.now(clock);
        return proposals.editorQueue().stream().map(p -> QueueEntry.of(p, now)).toList();
    }

    @GET
    @Path("{ref}")
    @Operation(summary = "A proposal by id or by number")
    public ProposalView get(@PathParam("ref") String ref) {
        return ProposalView.of(ProposalRefs.find(proposals, ref));
    }

    @POST
    @Operation(summary = "Draft a proposal")
    @SecurityRequirement(name = "bearer")
    public Response draft(@NotNull @Valid ProposalDocument document, @Context UriInfo uri) {
        var proposal = proposals.draft(document);
        return Response.created(uri.getAbsolutePathBuilder().path(proposal.getId().toString()).build())
                .entity(ProposalView.of(proposal)).build();
    }

    @PUT
    @Path("{ref}")
    @Operation(summary = "Edit a proposal (author or editor); every edit is a revision")
    @SecurityRequirement(name = "bearer")
    public ProposalView edit(@PathParam("ref") String ref, @NotNull @Valid EditRequest request) {
        UUID id = ProposalRefs.find(proposals, ref).getId();
        return ProposalView.of(proposals.edit(id, request.document(), request.revision()));
    }

    @POST
    @Path("{ref}/submission")
    @Operation(summary = "Ask for review: the draft joins the editor queue with its first-review deadline")
    @SecurityRequirement(name = "bearer")
    public ProposalView submit(@PathParam("ref") String ref) {
        return ProposalView.of(proposals.submitForReview(ProposalRefs.find(proposals, ref).getId()));
    }

    @POST
    @Path("{ref}/transitions")
    @Operation(summary = "Move a proposal to another status (editors; authors may withdraw and revive)")
    @SecurityRequirement(name = "bearer")
    public ProposalView transition(@PathParam("ref") String ref, @NotNull @Valid TransitionRequest request) {
        ProposalStatus target = parse(() -> ProposalStatus.fromSlug(request.to()), "status", request.to());
        UUID id = ProposalRefs.find(proposals, ref).getId();
        return ProposalView.of(proposals.transition(id, target, request.reason(), Boolean.TRUE.equals(request.expedited())));
    }

    private DecisionKind kindOf(String track) {
        VotingTrack found = tracks.byId(track).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.INVALID, "unknown-track", "No voting track " + track + "."));
        return found.getServes().stream().findFirst().orElseThrow();
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String what, String value) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ProposalException(ProposalException.Reason.INVALID, "unknown-" + what,
                    "Unknown " + what + " '" + value + "'.");
        }
    }
}
