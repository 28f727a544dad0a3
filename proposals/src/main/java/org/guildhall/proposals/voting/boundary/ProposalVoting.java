package org.guildhall.proposals.voting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.proposals.decision.boundary.ProposalDecided;
import org.guildhall.proposals.decision.entity.Decision;
import org.guildhall.proposals.proposal.control.ProposalContent;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.Tally;
import org.guildhall.proposals.voting.entity.VoteChoice;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/** Casting ballots, counting them and closing votes. */
@Stateless
public class ProposalVoting {

    private static final Logger LOG = Logger.getLogger(ProposalVoting.class.getName());

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Event<ProposalDecided> decided;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Casts the caller's organisation's ballot; a later ballot supersedes the earlier one until the
     * vote closes. The proposal row is locked so that a ballot and the closing never interleave.
     */
    @RolesAllowed("member-rep")
    public Ballot cast(@NotNull UUID proposalId, @NotNull VoteChoice choice) {
        String voter = session.getCallerPrincipal().getName();
        Organisation organisation = memberships.representedBy(voter).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.FORBIDDEN, "Only a representative of a member organisation can vote."));
        Proposal proposal = lock(proposalId);
        Instant now = Instant.now(clock);
        proposal.requireOpenAt(now);
        em.createNamedQuery("Ballot.findCurrentOfVoter", Ballot.class)
                .setParameter("proposal", proposalId).setParameter("voter", organisation.getId())
                .getResultList().forEach(earlier -> earlier.supersede(now));
        em.flush();
        Ballot ballot = new Ballot(proposalId, organisation.getId(), voter, choice, now);
        em.persist(ballot);
        audit.record(voter, "proposals", "ballot.cast", proposalId.toString(), organisation.getName() + ": " + choice);
        return ballot;
    }

    /**
     * Records a ballot cast at a past time inside the voting period (demo data, votes carried over
     * from before the portal). For trusted start-up code only; no endpoint calls it.
     */
    @PermitAll
    public Ballot provisionBallot(@NotNull UUID proposalId, @NotNull UUID organisation, @NotNull String castBy,
                                  @NotNull VoteChoice choice, @NotNull Instant at) {
        Proposal proposal = lock(proposalId);
        proposal.requireOpenAt(at);
        em.createNamedQuery("Ballot.findCurrentOfVoter", Ballot.class)
                .setParameter("proposal", proposalId).setParameter("voter", organisation)
                .getResultList().forEach(earlier -> earlier.supersede(at));
        em.flush();
        Ballot ballot = new Ballot(proposalId, organisation, castBy, choice, at);
        em.persist(ballot);
        return ballot;
    }

    @PermitAll
    public Tally tally(@NotNull UUID proposalId) {
        return Tally.of(currentBallots(proposalId), memberships.members().size());
    }

    @PermitAll
    public List<Ballot> currentBallots(@NotNull UUID proposalId) {
        return em.createNamedQuery("Ballot.findCurrent", Ballot.class).setParameter("proposal", proposalId).getResultList();
    }

    @PermitAll
    public List<Ballot> ballotHistory(@NotNull UUID proposalId) {
        return em.createNamedQuery("Ballot.findHistory", Ballot.class).setParameter("proposal", proposalId).getResultList();
    }

    /** Proposals whose voting period has ended and that are not yet decided. */
    @PermitAll
    public List<UUID> dueForClosing() {
        return em.createNamedQuery("Proposal.findDueForClosing", UUID.class)
                .setParameter("now", Instant.now(clock)).getResultList();
    }

    /**
     * Counts the vote of a proposal whose period has ended, records the decision and publishes it.
     * Closing is driven by time, not by a user, so anyone (the scheduler) may trigger it.
     */
    @PermitAll
    public Decision close(@NotNull UUID proposalId) {
        Proposal proposal = lock(proposalId);
        Instant now = Instant.now(clock);
        proposal.markDecided(now);
        Tally tally = tally(proposalId);
        Decision decision = new Decision(proposalId, tally, ProposalContent.sha256(proposal), now);
        em.persist(decision);
        audit.record("system", "proposals", "proposal.decided", proposalId.toString(),
                decision.getOutcome() + " " + tally);
        decided.fire(new ProposalDecided(decision.getId(), proposalId, decision.getOutcome(), tally,
                decision.getContentHash(), now));
        LOG.info(() -> "Proposal " + proposalId + " decided: " + decision.getOutcome() + " " + tally);
        return decision;
    }

    private Proposal lock(UUID id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new ProposalException(ProposalException.Reason.NOT_FOUND, "No proposal " + id + ".");
        }
        return proposal;
    }
}
