package org.guildhall.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.guildhall.proposals.decision.boundary.ProposalEnacted;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.DomainException;

/**
 * Carries out passed domain delegation proposals, inside the transaction that records the decision.
 * An action the registry refuses (a code already taken, not enough quota left) does not undo the
 * decision: the refusal is logged and audited, and nothing changes in the domain tree.
 */
@ApplicationScoped
public class DomainEnactment {

    private static final Logger LOG = Logger.getLogger(DomainEnactment.class.getName());

    @Inject
    Domains domains;
    @Inject
    AuditTrail audit;

    void enact(@Observes ProposalEnacted enacted) {
        if (enacted.kind() != DecisionKind.DOMAIN_DELEGATION) {
            return;
        }
        try {
            domains.enactDecision(enacted.action(), enacted.decisionId());
        } catch (DomainException refused) {
            LOG.warning(() -> "Decision " + enacted.decisionId() + " (proposal " + enacted.proposalId()
                    + ") passed but its domain action is refused: " + refused.getMessage());
            audit.record("system", "registry", "domain.enactment-refused", enacted.proposalId().toString(),
                    refused.getMessage());
        }
    }
}
