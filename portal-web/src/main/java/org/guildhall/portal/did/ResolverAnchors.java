package org.guildhall.portal.did;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.guildhall.chainbridge.anchoring.boundary.AnchorRecords;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.registry.anchoring.entity.InclusionProof;
import org.guildhall.registry.did.entity.DidResolution;

/**
 * The on-chain anchor of a resolved version, for {@code didDocumentMetadata.anchor}: the batch, its
 * root, the inclusion proof (RFC 9162, SHA-256, leaf = SHA-256(0x00 || contentSha256)) and the
 * transaction that anchored it. A version waits for the next sealing ({@code pending}), then for the
 * chain ({@code sealed} → {@code submitted} → {@code confirmed}). A confirmed anchor never changes and is
 * kept in memory.
 */
@ApplicationScoped
public class ResolverAnchors {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String PENDING = "{\"status\":\"pending\"}";

    @Inject
    AnchorRecords records;

    /** Confirmed batches: their transaction and block never change. */
    private final ConcurrentHashMap<UUID, AnchorStatus> confirmed = new ConcurrentHashMap<>();

    String of(DidResolution resolution) {
        InclusionProof proof = resolution.version().anchor();
        return proof == null ? PENDING : withChainStatus(proof).toString();
    }

    /**
     * The anchor of any anchored version (a DID's, an identifier's): {@code {"status":"pending"}} while
     * it waits for sealing ({@code proof} empty), the proof with its chain status after.
     */
    public jakarta.json.JsonObject of(java.util.Optional<InclusionProof> proof) {
        return proof.map(this::withChainStatus).orElseGet(() -> JSON.createObjectBuilder().add("status", "pending").build());
    }

    private jakarta.json.JsonObject withChainStatus(InclusionProof proof) {
        AnchorStatus status = confirmed.get(proof.batchId());
        if (status == null) {
            status = records.statusOf(proof.batchId()).orElse(null);
            if (status != null && status.isConfirmed() && confirmed.size() < 100_000) {
                confirmed.put(proof.batchId(), status);
            }
        }
        return json(proof, status);
    }

    static jakarta.json.JsonObject json(InclusionProof proof, AnchorStatus status) {
        var path = JSON.createArrayBuilder();
        proof.pathHex().forEach(path::add);
        JsonObjectBuilder anchor = JSON.createObjectBuilder()
                .add("status", status == null ? "sealed" : status.status())
                .add("batchId", proof.batchId().toString())
                .add("root", proof.rootHex())
                .add("treeSize", proof.treeSize())
                .add("leafIndex", proof.leafIndex())
                .add("leafHash", proof.leafHashHex())
                .add("inclusionProof", path);
        if (status != null && status.txHash() != null) {
            anchor.add("txHash", status.txHash());
        }
        if (status != null && status.blockNumber() != null) {
            anchor.add("blockNumber", status.blockNumber());
        }
        if (status != null && status.contractAddress() != null) {
            anchor.add("contract", status.contractAddress());
        }
        return anchor.build();
    }
}
