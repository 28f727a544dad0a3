package org.guildhall.registry.anchoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * RFC 9162 §2.1 Merkle trees against the reference vectors of RFC 6962 (Certificate Transparency's
 * merkle tree tests, as published by transparency-dev/merkle: the eight test leaves and the roots of
 * their prefixes), and the inclusion proofs of every leaf of every tree of 1 to 64 leaves.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<byte[]> REFERENCE_LEAVES = hexes("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    /** The root of the first n reference leaves, n = 0..8. */
    private static final List<String> REFERENCE_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void emptyTreeRootIsTheSha256OfTheEmptyString() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of()))).isEqualTo(REFERENCE_ROOTS.get(0));
    }

    @Test
    void leafHashPrefixesAZeroByte() {
        assertThat(HEX.formatHex(MerkleTree.leafHash(new byte[0]))).isEqualTo(REFERENCE_ROOTS.get(1));
    }

    @Test
    void rootsOfTheReferenceLeavesMatchRfc6962ForEverySizeFromOneToEight() {
        List<byte[]> leafHashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        for (int n = 1; n <= 8; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(leafHashes.subList(0, n)))).as("root of %d leaves", n)
                    .isEqualTo(REFERENCE_ROOTS.get(n));
        }
    }

    @Test
    void inclusionProofsOfTheReferenceTreeMatchRfc6962() {
        List<byte[]> leafHashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        assertThat(hex(MerkleTree.inclusionProof(leafHashes, 0))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(MerkleTree.inclusionProof(leafHashes, 5))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(MerkleTree.inclusionProof(leafHashes.subList(0, 1), 0)).isEmpty();
    }

    @Test
    void splitsAtTheLargestPowerOfTwoSmallerThanTheSizeNotAtTheMiddle() {
        assertThat(IntStream.of(2, 3, 4, 5, 6, 7, 8, 9, 1000).map(MerkleTree::split).toArray())
                .containsExactly(1, 2, 2, 4, 4, 4, 4, 8, 512);
    }

    @Test
    void everyLeafOfEveryTreeFromOneToSixtyFourLeavesVerifies() {
        List<byte[]> all = leafHashes(64);
        for (int n = 1; n <= 64; n++) {
            List<byte[]> tree = all.subList(0, n);
            byte[] root = MerkleTree.root(tree);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(tree, i);
                assertThat(MerkleTree.verifyInclusion(tree.get(i), i, n, proof, root))
                        .as("leaf %d of %d", i, n).isTrue();
            }
        }
    }

    @Test
    void aFlippedBitAnywhereFailsVerification() {
        List<byte[]> tree = leafHashes(13);
        byte[] root = MerkleTree.root(tree);
        int index = 9;
        List<byte[]> proof = MerkleTree.inclusionProof(tree, index);

        assertThat(MerkleTree.verifyInclusion(flip(tree.get(index), 0), index, 13, proof, root)).as("leaf").isFalse();
        assertThat(MerkleTree.verifyInclusion(tree.get(index), index, 13, proof, flip(root, 255))).as("root").isFalse();
        for (int p = 0; p < proof.size(); p++) {
            List<byte[]> tampered = new ArrayList<>(proof);
            tampered.set(p, flip(proof.get(p), 17));
            assertThat(MerkleTree.verifyInclusion(tree.get(index), index, 13, tampered, root)).as("path %d", p).isFalse();
        }
    }

    @Test
    void aWrongIndexFailsVerificationForEveryLeaf() {
        for (int n = 1; n <= 20; n++) {
            List<byte[]> tree = leafHashes(n);
            byte[] root = MerkleTree.root(tree);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(tree, i);
                for (int otherIndex = 0; otherIndex < n + 2; otherIndex++) {
                    if (otherIndex != i) {
                        assertThat(MerkleTree.verifyInclusion(tree.get(i), otherIndex, n, proof, root))
                                .as("leaf %d of %d claimed at %d", i, n, otherIndex).isFalse();
                    }
                }
            }
        }
    }

    /**
     * A size whose audit path for the index has another length fails (RFC 9162 checks the path length
     * through sn). A size with a path of the same shape (leaf 0 of 3 and of 4) cannot be told apart by
     * the path alone: the size is bound by the root it is checked against, which the chain holds
     * together with the size.
     */
    @Test
    void aWrongSizeFailsVerificationWheneverItsAuditPathHasAnotherLength() {
        List<byte[]> all = leafHashes(40);
        int refused = 0;
        for (int n = 1; n <= 32; n++) {
            List<byte[]> tree = all.subList(0, n);
            byte[] root = MerkleTree.root(tree);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(tree, i);
                for (int otherSize = 1; otherSize <= 40; otherSize++) {
                    boolean sameLength = i < otherSize
                            && MerkleTree.inclusionProof(all.subList(0, otherSize), i).size() == proof.size();
                    if (otherSize != n && !sameLength) {
                        refused++;
                        assertThat(MerkleTree.verifyInclusion(tree.get(i), i, otherSize, proof, root))
                                .as("leaf %d of %d claimed in %d", i, n, otherSize).isFalse();
                    }
                }
            }
        }
        assertThat(refused).as("cases checked").isGreaterThan(10_000);
    }

    @Test
    void aWrongSizeWithAPathOfTheSameShapeVerifiesOnlyAgainstTheRootOfTheRealSize() {
        List<byte[]> tree = leafHashes(4);
        List<byte[]> proofIn3 = MerkleTree.inclusionProof(tree.subList(0, 3), 0);
        assertThat(MerkleTree.verifyInclusion(tree.get(0), 0, 4, proofIn3, MerkleTree.root(tree))).isFalse();
        assertThat(MerkleTree.verifyInclusion(tree.get(0), 0, 3, proofIn3, MerkleTree.root(tree.subList(0, 3)))).isTrue();
    }

    @Test
    void aTruncatedOrExtendedProofFailsVerification() {
        List<byte[]> tree = leafHashes(21);
        byte[] root = MerkleTree.root(tree);
        for (int i = 0; i < 21; i++) {
            List<byte[]> proof = MerkleTree.inclusionProof(tree, i);
            assertThat(MerkleTree.verifyInclusion(tree.get(i), i, 21, proof.subList(0, proof.size() - 1), root))
                    .as("leaf %d without its last hash", i).isFalse();
            List<byte[]> longer = new ArrayList<>(proof);
            longer.add(root);
            assertThat(MerkleTree.verifyInclusion(tree.get(i), i, 21, longer, root)).as("leaf %d with one more", i).isFalse();
            assertThat(MerkleTree.verifyInclusion(tree.get(i), i, 21, List.of(), root)).as("leaf %d, no proof", i).isFalse();
        }
    }

    @Test
    void anIndexOutsideTheTreeFailsVerificationEvenWithAnEmptyProof() {
        byte[] only = MerkleTree.leafHash(new byte[] {1});
        assertThat(MerkleTree.verifyInclusion(only, 0, 1, List.of(), only)).isTrue();
        assertThat(MerkleTree.verifyInclusion(only, 1, 1, List.of(), only)).isFalse();
        assertThat(MerkleTree.verifyInclusion(only, 0, 0, List.of(), only)).isFalse();
        assertThat(MerkleTree.verifyInclusion(only, -1, 1, List.of(), only)).isFalse();
    }

    @Test
    void aProofElementThatIsNotAHashFailsVerification() {
        List<byte[]> tree = leafHashes(2);
        assertThat(MerkleTree.verifyInclusion(tree.get(0), 0, 2, List.of(new byte[31]), MerkleTree.root(tree))).isFalse();
        assertThat(MerkleTree.verifyInclusion(new byte[31], 0, 1, List.of(), new byte[31])).isFalse();
    }

    @Test
    void refusesALeafHashOfTheWrongLengthAndAnIndexOutsideTheTree() {
        assertThatThrownBy(() -> MerkleTree.root(List.of(new byte[20]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(leafHashes(3), 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(List.of(), 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rootDoesNotHandOutTheCallersLeafHash() {
        byte[] leaf = MerkleTree.leafHash(new byte[] {7});
        byte[] root = MerkleTree.root(List.of(leaf));
        root[0] ^= 1;
        assertThat(MerkleTree.root(List.of(leaf))).isNotEqualTo(root);
    }

    private static List<byte[]> leafHashes(int n) {
        return IntStream.range(0, n).mapToObj(i -> MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i * 7)})).toList();
    }

    private static byte[] flip(byte[] hash, int bit) {
        byte[] copy = hash.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static List<byte[]> hexes(String... values) {
        return java.util.Arrays.stream(values).map(HEX::parseHex).toList();
    }
}
