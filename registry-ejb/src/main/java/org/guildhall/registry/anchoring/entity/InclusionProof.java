package org.guildhall.registry.anchoring.entity;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.registry.anchoring.control.MerkleTree;

/**
 * The RFC 9162 inclusion proof of one anchored version: its leaf hash sits at {@code leafIndex} of the
 * batch of {@code treeSize} leaves whose Merkle root is {@code rootHex}. {@code pathHex} is the audit
 * path, leaf side first. All hashes are lower-case hex SHA-256; the leaf hash is
 * {@code SHA-256(0x00 || SHA-256(content))}. Check it against the root and size the chain holds for
 * {@code batchId} with {@link #verifiesAgainst} (other contexts may not use the registry's control
 * package, where {@code MerkleTree.verifyInclusion} lives).
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

    /**
     * RFC 9162 §2.1.3.2: whether this proof shows its leaf in the tree of {@code anchoredTreeSize} leaves
     * whose root is {@code anchoredRootHex}, as read from the chain (not this proof's own root and size).
     * False for anything malformed.
     */
    public boolean verifiesAgainst(String anchoredRootHex, long anchoredTreeSize) {
        try {
            HexFormat hex = HexFormat.of();
            return MerkleTree.verifyInclusion(hex.parseHex(leafHashHex), leafIndex, anchoredTreeSize,
                    pathHex.stream().map(hex::parseHex).toList(), hex.parseHex(anchoredRootHex));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Whether this proof is about the content with that SHA-256 (its leaf hash is that content's). */
    public boolean isAbout(byte[] contentSha256) {
        return contentSha256 != null && contentSha256.length == MerkleTree.HASH_LENGTH
                && HexFormat.of().formatHex(MerkleTree.leafHash(contentSha256)).equalsIgnoreCase(leafHashHex);
    }
}
