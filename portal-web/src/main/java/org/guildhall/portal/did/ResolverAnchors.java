package org.guildhall.portal.did;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.guildhall.chainbridge.anchoring.boundary.AnchorRecords;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
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
    private static final int MAX_CONFIRMED = 50_000;

    @Inject
    RegistryAnchoring anchoring;
    @Inject
    AnchorRecords records;

    private final ConcurrentHashMap<String, String> confirmed = new ConcurrentHashMap<>();

    String of(DidResolution resolution) {
        String key = resolution.did() + "|" + resolution.version().versionId();
        String known = confirmed.get(key);
        if (known != null) {
            return known;
        }
        Optional<InclusionProof> proof = anchoring.proofFor(resolution.did(), Integer.toString(resolution.version().versionId()));
        if (proof.isEmpty()) {
            return JSON.createObjectBuilder().add("status", "pending").build().toString();
        }
        Optional<AnchorStatus> status = records.statusOf(proof.get().batchId());
        String anchor = json(proof.get(), status.orElse(null)).toString();
        if (status.isPresent() && status.get().isConfirmed()) {
            if (confirmed.size() >= MAX_CONFIRMED) {
                confirmed.clear();
            }
            confirmed.put(key, anchor);
        }
        return anchor;
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
