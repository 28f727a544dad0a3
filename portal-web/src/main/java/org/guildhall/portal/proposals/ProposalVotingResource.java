package org.guildhall.portal.proposals;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.tally.entity.ChamberTally;
import org.guildhall.proposals.tally.entity.OptionTotals;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.BallotReceipt;
import org.guildhall.proposals.voting.entity.BallotRequest;
import org.guildhall.proposals.voting.entity.LiveTally;
import org.guildhall.proposals.voting.entity.Vote;

/**
 * Voting on a proposal: cast a ballot (with an optional JWS of your own), read the ballots, the live
 * or final tally, the rounds, and the published result document that anyone can recount.
 */
@Path("proposals")
@Tag(name = "voting")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalVotingResource {

    /** Totals per option, as decimal strings in the result document; numbers here. */
    public record Totals(long yes, long no, long noWithVeto, long abstain) {
        static Totals of(OptionTotals t) {
            return new Totals(t.yes(), t.no(), t.noWithVeto(), t.abstain());
        }
    }

    public record ChamberView(String chamber, Totals totals, long electorateWeight, long votingWeight,
                              BigDecimal turnout, boolean quorumReached, boolean vetoed, boolean passed, String outcome) {
        static ChamberView of(ChamberTally c) {
            return new ChamberView(c.chamber().jsonName(), Totals.of(c.totals()), c.electorateWeight(), c.votingWeight(),
                    c.turnout(), c.quorumReached(), c.vetoed(), c.passed(), c.outcome().jsonName());
        }
    }

    /** The tally of the latest round: live while it is open, final once closed. */
    public record TallyView(UUID vote, int round, String status, boolean expedited, String track, BigDecimal quorum,
                            BigDecimal threshold, BigDecimal vetoThreshold, Instant votingStart, Instant votingEnd,
                            boolean finalResult, Totals totals, long electorateWeight, long votingWeight,
                            BigDecimal turnout, boolean quorumReached, boolean vetoed, boolean passed, String outcome,
                            int ballots, List<ChamberView> chambers, String resultSha256) {
        static TallyView of(LiveTally live) {
            Vote v = live.vote();
            TallyResult r = live.result();
            return new TallyView(v.getId(), v.getRound(), v.getStatus().name().toLowerCase(), v.isExpedited(),
                    v.getTrackId(), v.rule().quorum(), v.rule().threshold(), v.rule().vetoThreshold(), v.getVotingStart(),
                    v.getVotingEnd(), live.closed(), Totals.of(r.totals()), r.electorateWeight(), r.votingWeight(),
                    r.turnout(), r.quorumReached(), r.vetoed(), r.passed(), r.outcome().jsonName(), live.ballots(),
                    r.chambers().stream().map(ChamberView::of).toList(), v.getResultSha256());
        }
    }

    public record BallotView(UUID id, UUID vote, String voter, String chamber, String castBy, String option, long weight,
                             Instant castAt, String hash, boolean current, boolean signedByVoter) {
        static BallotView of(Ballot b) {
            return new BallotView(b.getId(), b.getVoteId(), b.getVoter(), b.getChamber().jsonName(), b.getCastBy(),
                    b.getOption().jsonName(), b.getWeight(), b.getCastAt(), b.getHash(), b.isCurrent(),
                    b.getVoterJws() != null);
        }
    }

    public record ReceiptView(UUID ballot, UUID proposal, UUID vote, String voter, String chamber, String option,
                              long weight, Instant castAt, String hash, String receipt, boolean signedByVoter) {
        static ReceiptView of(BallotReceipt r) {
            return new ReceiptView(r.ballot(), r.proposal(), r.vote(), r.voter(), r.chamber().jsonName(),
                    r.option().jsonName(), r.weight(), r.castAt(), r.hash(), r.receipt(), r.signedByVoter());
        }
    }

    public record RoundView(UUID id, int round, String track, boolean expedited, String status, Instant votingStart,
                            Instant votingEnd, String outcome, String resultSha256) {
        static RoundView of(Vote v) {
            return new RoundView(v.getId(), v.getRound(), v.getTrackId(), v.isExpedited(), v.getStatus().name().toLowerCase(),
                    v.getVotingStart(), v.getVotingEnd(), v.getOutcome() == null ? null : v.getOutcome().jsonName(),
                    v.getResultSha256());
        }
    }

    /** A ballot as JSON: option {@code yes|no|noWithVeto|abstain}, chamber {@code organisations|community} or absent. */
    public record CastRequest(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 16) String option,
                              @jakarta.validation.constraints.Size(max = 16) String chamber,
                              @jakarta.validation.constraints.Size(max = 8192) String jws) {
        BallotRequest ballot() {
            try {
                return new BallotRequest(org.guildhall.proposals.tally.entity.BallotOption.fromJson(option),
                        chamber == null ? null : org.guildhall.proposals.tally.entity.Chamber.fromJson(chamber), jws);
            } catch (IllegalArgumentException e) {
                throw new ProposalException(ProposalException.Reason.INVALID, "invalid-ballot", e.getMessage()
                        + " (options: yes, no, noWithVeto, abstain; chambers: organisations, community).");
            }
        }
    }

    @Inject
    Proposals proposals;
    @Inject
    ProposalVoting voting;

    @POST
    @Path("{ref}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast a ballot (yes, no, noWithVeto, abstain); a later ballot replaces yours until close."
            + " Optional jws: your compact JWS (ES256K, ES256 or EdDSA) over {proposal, voter, option, iat}"
            + " made with a key registered at /ballot-keys. The response is your receipt.")
    @SecurityRequirement(name = "bearer")
    public Response cast(@PathParam("ref") String ref, @NotNull @Valid CastRequest request) {
        UUID id = ProposalRefs.idOf(proposals, ref);
        BallotRequest ballot;
        try {
            ballot = request.ballot();
        } catch (ProposalException invalid) {
            ProposalRefs.find(proposals, ref); // an unknown proposal is the first thing to say
            throw invalid;
        }
        return Response.status(201).entity(ReceiptView.of(voting.cast(id, ballot))).build();
    }

    @GET
    @Path("{ref}/ballots")
    @Operation(summary = "Every ballot of the latest round, superseded ones included, in the order cast")
    public List<BallotView> ballots(@PathParam("ref") String ref) {
        return voting.ballots(id(ref)).stream().map(BallotView::of).toList();
    }

    @GET
    @Path("{ref}/tally")
    @Operation(summary = "The tally of the latest round: live while open, final once closed")
    public TallyView tally(@PathParam("ref") String ref) {
        return voting.tally(id(ref)).map(TallyView::of).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.NOT_FOUND, "no-vote", "This proposal has not been put to a vote."));
    }

    @GET
    @Path("{ref}/rounds")
    @Operation(summary = "Every round of voting, newest first")
    public List<RoundView> rounds(@PathParam("ref") String ref) {
        return voting.rounds(id(ref)).stream().map(RoundView::of).toList();
    }

    @GET
    @Path("{ref}/result")
    @Operation(summary = "The canonical result document (RFC 8785) of the latest closed round; its SHA-256 is on chain")
    public Response result(@PathParam("ref") String ref) {
        Vote vote = voting.latestResult(id(ref)).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.NOT_FOUND, "no-result", "No vote on this proposal has closed yet."));
        return Response.ok(vote.getResultDocument().getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE)
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(vote.getResultSha256())))
                .header("X-Result-SHA256", vote.getResultSha256())
                .header("Content-Disposition", "attachment; filename=\"result-" + ref + "-round-" + vote.getRound() + ".json\"")
                .build();
    }

    private UUID id(String ref) {
        return ProposalRefs.find(proposals, ref).getId();
    }
}
