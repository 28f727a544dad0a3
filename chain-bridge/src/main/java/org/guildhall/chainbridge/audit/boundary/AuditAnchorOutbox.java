package org.guildhall.chainbridge.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.registry.audit.boundary.AuditHeadSealed;

/**
 * Writes each sealed head of the audit hash chain to the AnchorRegistry as a batch whose id is derived from its
 * seq and whose size is the seq, inside the transaction that seals it; delivered like any other entry.
 */
@ApplicationScoped
public class AuditAnchorOutbox {

    public static final String KIND = "AUDIT_HEAD";

    @Inject
    OutboxStore store;

    void onSealed(@Observes AuditHeadSealed sealed) {
        store.enqueue(KIND, sealed.batchId(), ContractArtifact.ANCHOR_REGISTRY,
                AnchorRegistryCalls.anchor(sealed.batchId(), sealed.headHex(), sealed.seq()));
    }
}
