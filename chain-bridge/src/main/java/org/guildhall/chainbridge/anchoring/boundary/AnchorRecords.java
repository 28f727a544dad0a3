package org.guildhall.chainbridge.anchoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.anchoring.control.AnchorRegistryReader;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.chainbridge.anchoring.entity.OnChainAnchor;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.outbox.control.OutboxStore;

/**
 * What the portal may show about the anchor of a batch of registry changes: its delivery (from the
 * outbox) and what the chain itself holds (for a verify endpoint: check the registry's inclusion proof
 * against this root and size).
 */
@Stateless
@PermitAll
public class AnchorRecords {

    @Inject
    OutboxStore store;
    @Inject
    ContractDirectory contracts;
    @Inject
    AnchorRegistryReader reader;

    /** The delivery of the batch's anchor; empty for a batch the bridge has no entry for (unknown, or not sealed). */
    public Optional<AnchorStatus> statusOf(UUID batchId) {
        return store.byKindAndReference(AnchorOutbox.KIND, batchId).map(e -> new AnchorStatus(batchId,
                e.getStatus().publicName(), e.getTxHash(), e.getBlockNumber(),
                contracts.knownAddress(e.getContract()).orElse(null), e.getLastError()));
    }

    /**
     * The root, size and block the AnchorRegistry holds for the batch, read by eth_call at the latest
     * block; empty while it holds none.
     *
     * @throws org.guildhall.chainbridge.anchoring.entity.ChainUnavailableException when the node cannot be asked
     */
    public Optional<OnChainAnchor> readOnChain(UUID batchId) {
        return reader.read(batchId);
    }

    public Optional<String> registryAddress() {
        return contracts.knownAddress(ContractArtifact.ANCHOR_REGISTRY);
    }
}
