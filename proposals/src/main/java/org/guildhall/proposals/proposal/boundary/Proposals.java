package org.guildhall.proposals.proposal.boundary;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDraft;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/** Drafting proposals and putting them to a vote. */
@Stateless
public class Proposals {

    private static final Logger LOG = Logger.getLogger(Proposals.class.getName());

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** A member representative drafts a proposal on behalf of their organisation. */
    @RolesAllowed("member-rep")
    public Proposal draft(@NotNull @Valid ProposalDraft draft) {
        String author = caller();
        Organisation organisation = memberships.representedBy(author).orElseThrow(() -> new ProposalException(
                ProposalException.Reason.FORBIDDEN, "Only a representative of a member organisation can draft a proposal."));
        Proposal proposal = Proposal.draft(draft, author, organisation.getId(), Instant.now(clock));
        em.persist(proposal);
        audit.record(author, "proposals", "proposal.drafted", proposal.getId().toString(), proposal.getTitle());
        LOG.info(() -> "Proposal " + proposal.getId() + " drafted by " + author);
        return proposal;
    }

    /** An admin opens the vote now, for the given period. */
    @RolesAllowed("admin")
    public Proposal openVoting(@NotNull UUID id, @NotNull Duration period) {
        Proposal proposal = find(id);
        proposal.openVoting(caller(), Instant.now(clock), period);
        audit.record(caller(), "proposals", "voting.opened", id.toString(), "until " + proposal.getVotingEndsAt());
        LOG.info(() -> "Voting on " + id + " opened until " + proposal.getVotingEndsAt());
        return proposal;
    }

    /**
     * Records a proposal with its history (demo data, or proposals carried over from before the
     * portal): drafted at {@code createdAt}, put to a vote from {@code votingStart} for
     * {@code period} when that is given. For trusted start-up code only; no endpoint calls it.
     */
    @PermitAll
    public Proposal provision(@NotNull @Valid ProposalDraft draft, @NotNull String author, @NotNull UUID organisation,
                              @NotNull Instant createdAt, Instant votingStart, Duration period, String openedBy) {
        Proposal proposal = Proposal.draft(draft, author, organisation, createdAt);
        if (votingStart != null) {
            proposal.openVoting(openedBy, votingStart, period);
        }
        em.persist(proposal);
        em.flush();
        audit.record("system", "proposals", "proposal.provisioned", proposal.getId().toString(), proposal.getTitle());
        return proposal;
    }

    @PermitAll
    public List<Proposal> all(int first, int max) {
        return em.createNamedQuery("Proposal.findAll", Proposal.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    @PermitAll
    public Optional<Proposal> byId(UUID id) {
        return Optional.ofNullable(id).map(i -> em.find(Proposal.class, i));
    }

    private Proposal find(UUID id) {
        return byId(id).orElseThrow(() -> new ProposalException(ProposalException.Reason.NOT_FOUND,
                "No proposal " + id + "."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
