package org.guildhall.proposals.voting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.tally.control.BallotHash;
import org.guildhall.proposals.tally.control.Tallying;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.voting.control.BallotReceipts;
import org.guildhall.proposals.voting.control.BallotSignatures;
import org.guildhall.proposals.voting.control.VoteClosing;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.BallotReceipt;
import org.guildhall.proposals.voting.entity.BallotRequest;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.LiveTally;
import org.guildhall.proposals.voting.entity.RegisteredVoterKey;
import org.guildhall.proposals.voting.entity.SignedBallot;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.proposals.voting.entity.VoteElector;
import org.guildhall.proposals.voting.entity.VoteStatus;
import org.guildhall.registry.membership.boundary.Memberships;

/**
 * Casting ballots and reading tallies. A ballot goes to the proposal's open round; the round's row
 * is share-locked while the ballot is written, so ballots run in parallel but never interleave with
 * the closing, which locks it exclusively. Closing and the decision it makes are in
 * {@link RoundClosing}.
 */
@Stateless
public class ProposalVoting {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    Memberships memberships;
    @Inject
    BallotReceipts receipts;
    @Inject
    VoteClosing closing;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Casts the caller's ballot: for their organisation when they represent a member of the
     * electorate, or for themselves as a community member. A later ballot of the same voter replaces
     * the earlier one until the round closes; both are kept.
     */
    @RolesAllowed({"member-rep", "community"})
    public BallotReceipt cast(@NotNull UUID proposalId, @NotNull @Valid BallotRequest request) {
        String user = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Vote vote = lockOpenRound(proposalId);
        vote.requireOpenAt(now);
        VoteElector elector = electorFor(vote, user, request.chamber());
        String keyId = null;
        if (request.jws() != null && !request.jws().isBlank()) {
            RegisteredVoterKey key = signingKey(user, request.jws());
            BallotSignatures.verify(request.jws().strip(), key.key(),
                    new SignedBallot(proposalId.toString(), user, request.option().jsonName()), now);
            keyId = key.getKid();
        }
        return BallotReceipt.of(record(vote, elector, user, request.option(), now,
                keyId == null ? null : request.jws().strip(), keyId), proposalId);
    }

    /**
     * Records a ballot cast at a past time inside the round's period (demo data, votes carried over
     * from before the portal). For trusted start-up code only; no endpoint calls it.
     */
    @PermitAll
    public BallotReceipt provisionBallot(@NotNull UUID proposalId, @NotNull String voter, @NotNull String castBy,
                                         @NotNull BallotOption option, @NotNull Instant at) {
        Vote vote = lockOpenRound(proposalId);
        Instant time = at.truncatedTo(ChronoUnit.MICROS);
        vote.requireOpenAt(time);
        VoteElector elector = em.find(VoteElector.class, new VoteElector.Key(vote.getId(), voter));
        if (elector == null) {
            throw notAnElector();
        }
        return BallotReceipt.of(record(vote, elector, castBy, option, time, null, null), proposalId);
    }

    private Ballot record(Vote vote, VoteElector elector, String castBy, BallotOption option, Instant at,
                          String jws, String keyId) {
        String hash = BallotHash.of(vote.getProposalId().toString(), elector.getVoter(), option, elector.getWeight(), at);
        em.createNativeQuery("update proposals.ballot set superseded_at = ?1"
                        + " where vote_id = ?2 and voter = ?3 and superseded_at is null")
                .setParameter(1, Timestamp.from(at)).setParameter(2, vote.getId().toString())
                .setParameter(3, elector.getVoter()).executeUpdate();
        UUID id = UUID.randomUUID();
        String receipt = receipts.sign(id, vote.getProposalId(), vote.getId(), elector.getVoter(), hash, at);
        Ballot ballot = new Ballot(id, vote.getId(), elector, castBy, option, at, hash, receipt, jws, keyId);
        em.persist(ballot);
        return ballot;
    }

    /** The tally of the open round as it stands, or of the last round as it ended. */
    @PermitAll
    public Optional<LiveTally> tally(@NotNull UUID proposalId) {
        return latestRound(proposalId).map(vote -> {
            List<Ballot> ballots = em.createNamedQuery("Ballot.findCurrent", Ballot.class)
                    .setParameter("vote", vote.getId()).getResultList();
            var result = Tallying.tally(closing.electorate(vote), ballots.stream().map(Ballot::cast).toList(),
                    vote.rule());
            return new LiveTally(vote, result, ballots.size(), vote.getStatus() == VoteStatus.CLOSED);
        });
    }

    /** Every round of voting on the proposal, newest first. */
    @PermitAll
    public List<Vote> rounds(@NotNull UUID proposalId) {
        return em.createNamedQuery("Vote.findByProposal", Vote.class).setParameter("proposal", proposalId)
                .getResultList();
    }

    @PermitAll
    public Optional<Vote> latestRound(@NotNull UUID proposalId) {
        return rounds(proposalId).stream().filter(v -> v.getStatus() != VoteStatus.CANCELLED).findFirst();
    }

    /** Every ballot of the latest round, superseded ones included, in the order they were cast. */
    @PermitAll
    public List<Ballot> ballots(@NotNull UUID proposalId) {
        return latestRound(proposalId).map(vote -> em.createNamedQuery("Ballot.findHistory", Ballot.class)
                .setParameter("vote", vote.getId()).getResultList()).orElse(List.of());
    }

    /** The published result document of the latest closed round. */
    @PermitAll
    public Optional<Vote> latestResult(@NotNull UUID proposalId) {
        return rounds(proposalId).stream().filter(v -> v.getStatus() == VoteStatus.CLOSED).findFirst();
    }

    /** The voter ids the user may vote as in this round: their organisation's and their own. */
    @PermitAll
    public List<VoteElector> electorsFor(@NotNull UUID voteId, String username) {
        List<String> candidates = memberships.representedBy(username)
                .map(o -> List.of(o.getId().toString(), username)).orElse(List.of(username));
        return em.createNamedQuery("VoteElector.findInVote", VoteElector.class)
                .setParameter("vote", voteId).setParameter("voters", candidates).getResultList();
    }

    private VoteElector electorFor(Vote vote, String user, Chamber chamber) {
        List<VoteElector> electors = electorsFor(vote.getId(), user).stream()
                .filter(e -> chamber == null || e.getChamber() == chamber).toList();
        if (electors.isEmpty()) {
            throw notAnElector();
        }
        if (electors.size() > 1) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "You vote in both chambers of this vote; say which one (chamber: organisations or community).");
        }
        return electors.get(0);
    }

    private static ProposalException notAnElector() {
        return new ProposalException(ProposalException.Reason.FORBIDDEN, "not-an-elector",
                "You are not in the electorate of this vote (it was frozen when voting opened).");
    }

    private RegisteredVoterKey signingKey(String user, String jws) {
        String kid = keyIdOf(jws);
        List<RegisteredVoterKey> keys = em.createNamedQuery("RegisteredVoterKey.findByAccount", RegisteredVoterKey.class)
                .setParameter("account", user).getResultStream().filter(RegisteredVoterKey::isActive).toList();
        if (kid != null) {
            return keys.stream().filter(k -> k.getKid().equals(kid)).findFirst().orElseThrow(
                    () -> new BallotSignatureException("No active key " + kid + " is registered to " + user + "."));
        }
        if (keys.size() != 1) {
            throw new BallotSignatureException(keys.isEmpty() ? "Register a public key before signing ballots."
                    : "You have several keys; name the one you signed with in the JWS header (kid).");
        }
        return keys.get(0);
    }

    private static String keyIdOf(String jws) {
        if (jws.length() > BallotSignatures.MAX_JWS_LENGTH) {
            throw new BallotSignatureException("The JWS is longer than " + BallotSignatures.MAX_JWS_LENGTH + " characters.");
        }
        try {
            return com.nimbusds.jose.JWSObject.parse(jws.strip()).getHeader().getKeyID();
        } catch (java.text.ParseException | IllegalArgumentException e) {
            throw new BallotSignatureException("The ballot's jws is not a compact JWS: " + e.getMessage());
        }
    }

    /** The open round of the proposal, share-locked until the transaction ends. */
    private Vote lockOpenRound(UUID proposalId) {
        List<?> ids = em.createNativeQuery("select cast(id as varchar) from proposals.vote"
                        + " where proposal_id = ?1 and status = 'OPEN' for share")
                .setParameter(1, proposalId.toString()).getResultList();
        if (ids.isEmpty()) {
            if (em.find(Proposal.class, proposalId) == null) {
                throw new ProposalException(ProposalException.Reason.NOT_FOUND, "proposal-not-found",
                        "No proposal " + proposalId + ".");
            }
            boolean voted = latestRound(proposalId).isPresent();
            throw new ProposalException(ProposalException.Reason.CONFLICT, voted ? "voting-closed" : "voting-not-open",
                    voted ? "Voting on this proposal has closed." : "Voting on this proposal is not open.");
        }
        return em.find(Vote.class, UUID.fromString((String) ids.get(0)));
    }
}
