package org.guildhall.onboarding.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationStatus;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.node.control.NodeAdmission;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.proposals.decision.boundary.ProposalDecided;
import org.guildhall.proposals.decision.entity.Outcome;

/**
 * Carries out the result of a node admission vote inside the transaction that records the decision:
 * a passed vote admits and certifies the node, any other outcome rejects the application with the
 * outcome as the reason. If admission fails (the HSM does not sign), the closing rolls back and the
 * closing job tries again.
 */
@ApplicationScoped
public class AdmissionVotes {

    private static final Logger LOG = Logger.getLogger(AdmissionVotes.class.getName());
    private static final String ACTOR = "vote";

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    NodeAdmission admission;
    @Inject
    org.guildhall.onboarding.application.control.Duplicates duplicates;

    void decided(@Observes ProposalDecided decided) {
        em.createNamedQuery("NodeApplication.findByProposal", NodeApplication.class)
                .setParameter("proposal", decided.proposalId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(application -> application.getStatus() == ApplicationStatus.IN_VOTE)
                .ifPresent(application -> carryOut(application, decided));
    }

    private void carryOut(NodeApplication application, ProposalDecided decided) {
        String reason = "Proposal " + decided.proposalNumber() + " " + describe(decided.outcome()) + ".";
        java.util.Optional<String> taken = decided.outcome() == Outcome.PASSED
                ? duplicates.takenByAnother(application) : java.util.Optional.empty();
        if (taken.isPresent()) {
            String refused = reason + " But its name, node id or key is now used by " + taken.get()
                    + ", so it cannot be admitted.";
            application.reject(refused, decided.decidedAt());
            em.persist(new ApplicationEvent(application.getId(), ACTOR, "rejected", refused, decided.decidedAt()));
        } else if (decided.outcome() == Outcome.PASSED) {
            NodeType type = em.find(NodeType.class, application.getNodeType());
            admission.admit(application, type, ACTOR, reason, decided.decidedAt());
        } else {
            application.reject(reason, decided.decidedAt());
            em.persist(new ApplicationEvent(application.getId(), ACTOR, "rejected", reason, decided.decidedAt()));
        }
        LOG.info(() -> "Node application " + application.reference() + ": " + reason);
    }

    private static String describe(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "passed";
            case REJECTED -> "was rejected";
            case VETOED -> "was vetoed";
            case FAILED_QUORUM -> "failed to reach quorum";
        };
    }
}
