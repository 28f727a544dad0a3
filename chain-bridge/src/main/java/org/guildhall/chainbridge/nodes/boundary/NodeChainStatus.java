package org.guildhall.chainbridge.nodes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.NodeRegistryCalls;
import org.guildhall.chainbridge.nodes.control.NodeRegistryReader;
import org.guildhall.chainbridge.nodes.entity.NodeChangeDelivery;
import org.guildhall.chainbridge.nodes.entity.NodeOnChain;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;

/**
 * What the portal's node directory may show about the allow-list on chain: the delivery of each change
 * (from the outbox) and what the NodeRegistry says now (by eth_call, with a short timeout; a chain that
 * is down gives an UNAVAILABLE answer, not an exception).
 */
@Stateless
@PermitAll
public class NodeChainStatus {

    @Inject
    OutboxStore store;
    @Inject
    ContractDirectory contracts;
    @Inject
    NodeRegistryReader reader;

    /** The delivery of one change; empty for a change the bridge has no entry for. */
    public Optional<NodeChangeDelivery> deliveryOf(UUID changeId) {
        return store.byKindAndReference(NodeAllowListOutbox.KIND, changeId).map(this::delivery);
    }

    /** The delivery of each given change that the bridge has an entry for, in the order given. */
    public Map<UUID, NodeChangeDelivery> deliveriesOf(Collection<UUID> changeIds) {
        Map<UUID, NodeChangeDelivery> found = new LinkedHashMap<>();
        List<OutboxEntry> entries = store.byReferences(List.copyOf(changeIds));
        for (UUID id : changeIds) {
            entries.stream().filter(e -> NodeAllowListOutbox.KIND.equals(e.getKind()) && id.equals(e.getReference()))
                    .findFirst().ifPresent(e -> found.put(id, delivery(e)));
        }
        return found;
    }

    /**
     * The node's place on the NodeRegistry, and whether the contract lets it connect from host:port (what
     * a Besu node would be told).
     *
     * @param enodeId 128 hex digits
     * @throws IllegalArgumentException for an enode id that is not 128 hex digits or a port over 65535
     */
    public NodeOnChain onChain(String enodeId, String host, int port) {
        return reader.read(enodeId, host, port);
    }

    public Optional<String> registryAddress() {
        return contracts.knownAddress(ContractArtifact.NODE_REGISTRY);
    }

    private NodeChangeDelivery delivery(OutboxEntry e) {
        return new NodeChangeDelivery(e.getReference(), e.getStatus().publicName(), e.getTxHash(), e.getBlockNumber(),
                contracts.knownAddress(e.getContract()).orElse(null), e.getLastError(),
                NodeRegistryCalls.errorIn(e.getLastError()).orElse(null));
    }
}
