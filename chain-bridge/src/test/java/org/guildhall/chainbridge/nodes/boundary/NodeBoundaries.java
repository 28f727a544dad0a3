package org.guildhall.chainbridge.nodes.boundary;

import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.nodes.control.NodeRegistryReader;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;

/** Hand wiring of the node boundaries for tests outside this package, as the container would. */
public final class NodeBoundaries {

    private NodeBoundaries() {
    }

    public static NodeAllowListOutbox outbox(OutboxStore store) {
        NodeAllowListOutbox outbox = new NodeAllowListOutbox();
        outbox.store = store;
        return outbox;
    }

    public static NodeChainStatus status(OutboxStore store, ContractDirectory contracts, NodeRegistryReader reader) {
        NodeChainStatus status = new NodeChainStatus();
        status.store = store;
        status.contracts = contracts;
        status.reader = reader;
        return status;
    }

    /** Delivers the event as CDI would, synchronously. */
    public static void fire(NodeAllowListOutbox outbox, NodeAllowListChanged changed) {
        outbox.onChanged(changed);
    }
}
