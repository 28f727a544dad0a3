package org.guildhall.registry.anchoring.control;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.guildhall.registry.anchoring.entity.AnchorBatch;
import org.guildhall.registry.anchoring.entity.AnchorLeaf;
import org.guildhall.registry.anchoring.entity.InclusionProof;

/** Sealing leaves into a batch, and proving a leaf's place in one: the tree work, without a database. */
public final class AnchorSealing {

    private static final HexFormat HEX = HexFormat.of();

    private AnchorSealing() {
    }

    /**
     * Seals the given leaves, in the given order, under their Merkle root: each leaf takes its position
     * in the new batch. Refuses an empty list and leaves that are sealed already (nothing changes then).
     */
    public static AnchorBatch seal(UUID batchId, List<AnchorLeaf> leaves, Instant at) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("A batch holds at least one leaf");
        }
        if (leaves.size() > AnchoringConfig.LARGEST_BATCH) {
            throw new IllegalArgumentException("A batch holds at most " + AnchoringConfig.LARGEST_BATCH + " leaves");
        }
        leaves.stream().filter(AnchorLeaf::isSealed).findFirst().ifPresent(l -> {
            throw new IllegalStateException("Leaf " + l.getSubject() + " " + l.getVersion() + " is sealed already");
        });
        byte[] root = MerkleTree.root(leaves.stream().map(AnchorLeaf::leafHashBytes).toList());
        AnchorBatch batch = new AnchorBatch(batchId, root, leaves.size(), at);
        for (int i = 0; i < leaves.size(); i++) {
            leaves.get(i).placeIn(batchId, i);
        }
        return batch;
    }

    /**
     * The inclusion proof of the leaf at {@code index} of {@code batch}, given the batch's leaf hashes in
     * position order. Refuses leaf hashes that do not make up the batch (a lost or changed row): a proof
     * that cannot verify is never handed out.
     */
    public static InclusionProof proof(AnchorBatch batch, List<String> leafHashesHex, int index) {
        if (leafHashesHex.size() != batch.getSize()) {
            throw new IllegalStateException("Batch " + batch.getId() + " holds " + batch.getSize() + " leaves, but "
                    + leafHashesHex.size() + " are stored for it");
        }
        List<byte[]> leafHashes = leafHashesHex.stream().map(HEX::parseHex).toList();
        if (!HEX.formatHex(MerkleTree.root(leafHashes)).equals(batch.getRoot())) {
            throw new IllegalStateException("The stored leaves of batch " + batch.getId() + " no longer make its root");
        }
        List<String> path = MerkleTree.inclusionProof(leafHashes, index).stream().map(HEX::formatHex).toList();
        return new InclusionProof(batch.getId(), batch.getRoot(), index, batch.getSize(), path, leafHashesHex.get(index));
    }
}
