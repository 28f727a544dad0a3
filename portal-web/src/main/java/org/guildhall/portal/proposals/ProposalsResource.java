package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDraft;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.Tally;
import org.guildhall.proposals.voting.entity.VoteChoice;

/** Proposals: draft, put to a vote, vote, count. */
@Path("proposals")
@Tag(name = "proposals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    public record ProposalView(UUID id, String title, String summary, String body, String author,
                               UUID authorOrganisation, String status, Instant createdAt,
                               Instant votingStartsAt, Instant votingEndsAt) {
        static ProposalView of(Proposal p) {
            return new ProposalView(p.getId(), p.getTitle(), p.getSummary(), p.getBody(), p.getAuthor(),
                    p.getAuthorOrganisation(), p.getStatus().name().toLowerCase(), p.getCreatedAt(),
                    p.getVotingStartsAt(), p.getVotingEndsAt());
        }
    }

    public record VotingRequest(@NotNull @Min(1) @Max(129600) Integer minutes) {
    }

    public record BallotRequest(@NotNull VoteChoice choice) {
    }

    public record BallotView(UUID id, UUID proposalId, UUID organisation, String castBy, String choice, Instant castAt,
                             boolean current) {
        static BallotView of(Ballot b) {
            return new BallotView(b.getId(), b.getProposalId(), b.getVoterOrganisation(), b.getCastBy(),
                    b.getChoice().name().toLowerCase(), b.getCastAt(), b.isCurrent());
        }
    }

    public record TallyView(int yes, int no, int abstain, int turnout, int electorate, String leading) {
        static TallyView of(Tally t) {
            return new TallyView(t.yes(), t.no(), t.abstain(), t.turnout(), t.electorate(),
                    t.outcome().name().toLowerCase());
        }
    }

    @Inject
    Proposals proposals;
    @Inject
    ProposalVoting voting;

    @GET
    @Operation(summary = "Proposals, newest first")
    public List<ProposalView> list(@QueryParam("first") @DefaultValue("0") @Min(0) int first,
                                   @QueryParam("max") @DefaultValue("50") @Min(1) @Max(500) int max) {
        return proposals.all(first, max).stream().map(ProposalView::of).toList();
    }

    @GET
    @Path("{id}")
    public ProposalView get(@PathParam("id") UUID id) {
        return ProposalView.of(find(id));
    }

    @POST
    @Operation(summary = "Draft a proposal (member representative)")
    @SecurityRequirement(name = "bearer")
    public Response draft(@NotNull @Valid ProposalDraft draft, @Context UriInfo uri) {
        Proposal proposal = proposals.draft(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(proposal.getId().toString()).build())
                .entity(ProposalView.of(proposal)).build();
    }

    @POST
    @Path("{id}/voting")
    @Operation(summary = "Open the vote now for the given number of minutes (admin)")
    @SecurityRequirement(name = "bearer")
    public ProposalView openVoting(@PathParam("id") UUID id, @NotNull @Valid VotingRequest request) {
        return ProposalView.of(proposals.openVoting(id, Duration.ofMinutes(request.minutes())));
    }

    @POST
    @Path("{id}/ballots")
    @Operation(summary = "Cast your organisation's ballot; a later ballot replaces the earlier one until close")
    @SecurityRequirement(name = "bearer")
    public Response cast(@PathParam("id") UUID id, @NotNull @Valid BallotRequest request) {
        find(id);
        return Response.status(201).entity(BallotView.of(voting.cast(id, request.choice()))).build();
    }

    @GET
    @Path("{id}/ballots")
    @Operation(summary = "Every ballot cast on the proposal, superseded ones included")
    public List<BallotView> ballots(@PathParam("id") UUID id) {
        find(id);
        return voting.ballotHistory(id).stream().map(BallotView::of).toList();
    }

    @GET
    @Path("{id}/tally")
    @Operation(summary = "The live count of the current ballots")
    public TallyView tally(@PathParam("id") UUID id) {
        find(id);
        return TallyView.of(voting.tally(id));
    }

    private Proposal find(UUID id) {
        return proposals.byId(id).orElseThrow(() -> new NotFoundException("No proposal " + id));
    }
}
