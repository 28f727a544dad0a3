package org.guildhall.onboarding.node.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.guildhall.onboarding.node.control.NodeStanding;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeStatus;
import org.guildhall.registry.membership.boundary.OrganisationLeft;

/**
 * An organisation that leaves the federation takes its nodes with it: each live node is deactivated,
 * its certificates revoked (affiliation changed) and its allow-list entry withdrawn on chain, in the
 * transaction that records the departure.
 */
@ApplicationScoped
public class OrganisationDeparture {

    private static final Logger LOG = Logger.getLogger(OrganisationDeparture.class.getName());

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    NodeStanding standing;

    void left(@Observes OrganisationLeft left) {
        List<Node> live = em.createNamedQuery("Node.findLiveByOrganisation", Node.class)
                .setParameter("organisation", left.organisationId())
                .setParameter("statuses", List.of(NodeStatus.ACTIVE, NodeStatus.SUSPENDED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Node node : live) {
            standing.change(node, Change.DEACTIVATED, null, left.decidedBy(),
                    left.name() + " left the federation: " + left.reason(), left.at());
        }
        LOG.info(() -> left.name() + " left the federation; " + live.size() + " node(s) deactivated");
    }
}
