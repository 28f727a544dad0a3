package org.guildhall.registry.anchoring.entity;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The RFC 9162 inclusion proof of one anchored version: its leaf hash sits at {@code leafIndex} of the
 * batch of {@code treeSize} leaves whose Merkle root is {@code rootHex}. {@code pathHex} is the audit
 * path, leaf side first. All hashes are lower-case hex SHA-256; the leaf hash is
 * {@code SHA-256(0x00 || SHA-256(content))}. Check it with {@code MerkleTree.verifyInclusion} against
 * the root the chain holds for {@code batchId}.
 */
public record InclusionProof(UUID batchId, String rootHex, long leafIndex, long treeSize, List<String> pathHex,
                             String leafHashHex) {

    public InclusionProof {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(rootHex, "rootHex");
        Objects.requireNonNull(leafHashHex, "leafHashHex");
        pathHex = List.copyOf(pathHex);
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("Leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
    }
}
