package org.guildhall.chainbridge.anchoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.registry.anchoring.boundary.AnchorBatchSealed;

/**
 * Turns each sealed batch of registry changes into an outbox entry, inside the transaction that seals
 * it: the batch and its way to the chain commit together or not at all. Delivered by the outbox route
 * like a decision.
 */
@ApplicationScoped
public class AnchorOutbox {

    public static final String KIND = "ANCHOR";

    @Inject
    OutboxStore store;

    void onSealed(@Observes AnchorBatchSealed sealed) {
        store.enqueue(KIND, sealed.batchId(), ContractArtifact.ANCHOR_REGISTRY,
                AnchorRegistryCalls.anchor(sealed.batchId(), sealed.rootHex(), sealed.size()));
    }
}
