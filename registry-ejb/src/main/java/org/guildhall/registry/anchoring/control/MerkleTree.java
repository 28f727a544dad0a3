package org.guildhall.registry.anchoring.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Merkle Tree Hash of RFC 9162 §2.1 (the same as RFC 6962's) with SHA-256: leaves are hashed as
 * {@code SHA-256(0x00 || data)}, nodes as {@code SHA-256(0x01 || left || right)}, and a tree of n leaves
 * splits at the largest power of two smaller than n. Inclusion proofs are RFC 9162's audit paths, leaf
 * side first; their verification is the algorithm of §2.1.3.2, step by step.
 */
public final class MerkleTree {

    /** Bytes of a SHA-256 hash. */
    public static final int HASH_LENGTH = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF_PREFIX);
        sha256.update(data);
        return sha256.digest();
    }

    /** The Merkle Tree Hash of the given leaf hashes; of no leaves, the SHA-256 of the empty string. */
    public static byte[] root(List<byte[]> leafHashes) {
        requireHashes(leafHashes);
        if (leafHashes.isEmpty()) {
            return sha256().digest();
        }
        return subtreeRoot(leafHashes, 0, leafHashes.size());
    }

    /** The audit path of the leaf at {@code index}: the sibling hashes from the leaf up to the root. */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index) {
        requireHashes(leafHashes);
        if (index < 0 || index >= leafHashes.size()) {
            throw new IndexOutOfBoundsException("Leaf " + index + " of a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(leafHashes, index, 0, leafHashes.size(), path);
        return List.copyOf(path);
    }

    /**
     * RFC 9162 §2.1.3.2: whether {@code proof} shows the leaf hash at {@code index} in the tree of
     * {@code treeSize} leaves whose root is {@code root}. False for an index outside the tree, a proof
     * of the wrong length or with an element that is not a hash, and of course a wrong root.
     */
    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof, byte[] root) {
        if (leafHash == null || root == null || proof == null || leafHash.length != HASH_LENGTH
                || root.length != HASH_LENGTH || index < 0 || treeSize < 0) {
            return false;
        }
        // 1. If leaf_index is greater than or equal to tree_size, then stop and fail the proof verification.
        if (index >= treeSize) {
            return false;
        }
        // 2. Set fn to leaf_index and sn to tree_size - 1.
        long fn = index;
        long sn = treeSize - 1;
        // 3. Set r to hash.
        byte[] r = leafHash;
        // 4. For each value p in the inclusion_path array:
        for (byte[] p : proof) {
            if (p == null || p.length != HASH_LENGTH) {
                return false;
            }
            // a. If sn is 0, then stop the iteration and fail the proof verification.
            if (sn == 0) {
                return false;
            }
            // b. If LSB(fn) is set, or if fn is equal to sn, then:
            if ((fn & 1) == 1 || fn == sn) {
                // i. Set r to HASH(0x01 || p || r).
                r = nodeHash(p, r);
                // ii. If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                // Otherwise: set r to HASH(0x01 || r || p).
                r = nodeHash(r, p);
            }
            // c. Finally, right-shift both fn and sn one time.
            fn >>= 1;
            sn >>= 1;
        }
        // 5. Compare sn to 0. Compare r against the root hash. If sn is equal to 0 and r and the root hash are
        //    equal, then the log has proven the inclusion of hash. Otherwise, fail the proof verification.
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** The largest power of two smaller than {@code n} (n > 1): where a tree of n leaves splits. */
    static int split(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("Only a tree of two or more leaves splits");
        }
        return Integer.highestOneBit(n - 1);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from).clone();
        }
        int k = split(n);
        return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
    }

    /** PATH(m, D[from:to]) of RFC 9162 §2.1.3.1, appended to {@code path} leaf side first. */
    private static void collectPath(List<byte[]> leaves, int m, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            collectPath(leaves, m, from, from + k, path);
            path.add(subtreeRoot(leaves, from + k, to));
        } else {
            collectPath(leaves, m - k, from + k, to, path);
            path.add(subtreeRoot(leaves, from, from + k));
        }
    }

    private static void requireHashes(List<byte[]> leafHashes) {
        Objects.requireNonNull(leafHashes, "leafHashes");
        for (byte[] hash : leafHashes) {
            if (hash == null || hash.length != HASH_LENGTH) {
                throw new IllegalArgumentException("A leaf hash has " + HASH_LENGTH + " bytes, not "
                        + (hash == null ? "null" : hash.length));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
