package org.guildhall.chainbridge.nodes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.NodeRegistryCalls;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;

/**
 * Turns each change of the node allow-list into an outbox entry, synchronously and inside the
 * transaction that records the change: the change and its way to the chain commit together or not at
 * all (the store refuses to run without that transaction). A change whose values the contract could
 * never take (a host over {@value NodeRegistryCalls#MAX_HOST_BYTES} bytes) fails the transaction.
 */
@ApplicationScoped
public class NodeAllowListOutbox {

    public static final String KIND = "NODE";

    @Inject
    OutboxStore store;

    void onChanged(@Observes NodeAllowListChanged changed) {
        store.enqueue(KIND, changed.changeId(), ContractArtifact.NODE_REGISTRY, callFor(changed));
    }

    /**
     * The NodeRegistry call that records the change: an admission carries the host and port to allow;
     * the other changes set the status of the node (a reinstatement keeps the admitted host and port).
     */
    static String callFor(NodeAllowListChanged changed) {
        return switch (changed.change()) {
            case ADMITTED -> NodeRegistryCalls.admit(changed.changeId(), changed.enodeId(), changed.host(), changed.port());
            case SUSPENDED -> NodeRegistryCalls.setStatus(changed.changeId(), changed.enodeId(), AllowListStatus.SUSPENDED);
            case REINSTATED -> NodeRegistryCalls.setStatus(changed.changeId(), changed.enodeId(), AllowListStatus.ALLOWED);
            case REVOKED -> NodeRegistryCalls.setStatus(changed.changeId(), changed.enodeId(), AllowListStatus.REVOKED);
            case DEACTIVATED -> NodeRegistryCalls.setStatus(changed.changeId(), changed.enodeId(), AllowListStatus.DEACTIVATED);
        };
    }
}
