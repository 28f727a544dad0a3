package org.guildhall.proposals.voting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.proposals.decision.boundary.ProposalDecided;
import org.guildhall.proposals.decision.boundary.ProposalEnacted;
import org.guildhall.proposals.decision.entity.Decision;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.entity.Actor;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.standard.boundary.Standards;
import org.guildhall.proposals.standard.control.FinalStandard;
import org.guildhall.proposals.tally.control.ResultDocument;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.voting.control.VoteClosing;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.registry.audit.boundary.AuditTrail;

/**
 * Closes rounds whose period has ended. Closing is driven by time, not by a user, so anyone (the
 * scheduler) may trigger it; it does nothing the clock has not made due. A final round records the
 * decision with the hash of its published result document and publishes {@link ProposalDecided}
 * (and {@link ProposalEnacted} for a passed executable decision) in the same transaction; the
 * proposal becomes Final when it passed and goes back to Review otherwise.
 */
@Stateless
@PermitAll
public class RoundClosing {

    private static final Logger LOG = Logger.getLogger(RoundClosing.class.getName());

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    VoteClosing closing;
    @Inject
    Standards standards;
    @Inject
    AuditTrail audit;
    @Inject
    Event<ProposalDecided> decided;
    @Inject
    Event<ProposalEnacted> enacted;
    @Inject
    Clock clock;

    /** Rounds whose period has ended and that are still open. */
    public List<UUID> due() {
        return em.createNamedQuery("Vote.findDue", UUID.class).setParameter("now", Instant.now(clock)).getResultList();
    }

    /** Closes a round; returns the decision, or empty when an expedited round turned into a regular one. */
    public Optional<Decision> close(@NotNull UUID voteId) {
        Vote vote = em.find(Vote.class, voteId, LockModeType.PESSIMISTIC_WRITE);
        if (vote == null) {
            throw new ProposalException(ProposalException.Reason.NOT_FOUND, "No vote " + voteId + ".");
        }
        Instant now = Instant.now(clock);
        if (!vote.isDueAt(now)) {
            return Optional.empty(); // closed by another instance meanwhile, or not due yet
        }
        Proposal proposal = em.find(Proposal.class, vote.getProposalId(), LockModeType.PESSIMISTIC_WRITE);
        VoteClosing.Closed closed = closing.close(vote, proposal, now);
        ResultDocument result = closed.result();
        TallyResult tally = result.tally();
        if (closed.nextRound().isPresent()) {
            Vote next = closed.nextRound().get();
            proposal.extendLastCall(next.getVotingEnd());
            audit.record("system", "proposals", "vote.expedited-converted", proposal.getId().toString(),
                    tally.outcome().jsonName() + "; regular vote until " + next.getVotingEnd());
            LOG.info(() -> "Expedited vote on " + proposal.getId() + " " + tally.outcome().jsonName()
                    + "; regular vote until " + next.getVotingEnd());
            return Optional.empty();
        }
        Decision decision = new Decision(proposal.getId(), vote.getId(), tally, vote.getContentSha256(),
                result.sha256(), now);
        em.persist(decision);
        boolean passed = tally.passed();
        em.persist(proposal.moveTo(passed ? ProposalStatus.FINAL : ProposalStatus.REVIEW, "system", Actor.SYSTEM,
                "vote " + tally.outcome().jsonName() + " (result " + result.sha256().substring(0, 12) + "…)", now, null));
        audit.record("system", "proposals", "proposal.decided", proposal.getId().toString(),
                decision.getOutcome() + " result " + result.sha256());
        if (passed && proposal.getType() == ProposalType.STANDARDS_TRACK) {
            standards.adoptFinal(FinalStandard.of(proposal), proposal.getId());
        }
        decided.fire(new ProposalDecided(decision.getId(), proposal.getId(), proposal.getNumber(),
                decision.getOutcome(), result.sha256(), vote.getContentSha256(), now));
        if (passed && vote.getDecisionKind().isExecutable()) {
            enacted.fire(new ProposalEnacted(decision.getId(), proposal.getId(), vote.getDecisionKind(),
                    proposal.getAction(), now));
        }
        LOG.info(() -> "Proposal " + proposal.getId() + " decided: " + decision.getOutcome());
        return Optional.of(decision);
    }
}
