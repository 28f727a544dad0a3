package org.guildhall.registry.anchoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.guildhall.registry.anchoring.entity.AnchorBatch;
import org.guildhall.registry.anchoring.entity.AnchorLeaf;
import org.guildhall.registry.anchoring.entity.InclusionProof;
import org.junit.jupiter.api.Test;

class AnchorSealingTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void sealingPlacesEveryLeafInOrderUnderTheMerkleRootOfTheirLeafHashes() {
        List<AnchorLeaf> leaves = leaves(5);
        UUID id = UUID.randomUUID();

        AnchorBatch batch = AnchorSealing.seal(id, leaves, AT);

        assertThat(batch.getId()).isEqualTo(id);
        assertThat(batch.getSize()).isEqualTo(5);
        assertThat(batch.getSealedAt()).isEqualTo(AT);
        assertThat(batch.getRoot()).isEqualTo(HEX.formatHex(MerkleTree.root(
                leaves.stream().map(l -> MerkleTree.leafHash(HEX.parseHex(l.getContentSha256()))).toList())));
        for (int i = 0; i < 5; i++) {
            assertThat(leaves.get(i).getBatchId()).contains(id);
            assertThat(leaves.get(i).getLeafIndex()).contains(i);
        }
    }

    @Test
    void refusesToSealALeafTwiceAndChangesNothingThen() {
        List<AnchorLeaf> first = leaves(2);
        UUID firstBatch = UUID.randomUUID();
        AnchorSealing.seal(firstBatch, first, AT);
        List<AnchorLeaf> mixed = new ArrayList<>(leaves(1));
        mixed.add(first.get(1));

        assertThatThrownBy(() -> AnchorSealing.seal(UUID.randomUUID(), mixed, AT)).isInstanceOf(IllegalStateException.class);
        assertThat(mixed.get(0).isSealed()).isFalse();
        assertThat(first.get(1).getBatchId()).contains(firstBatch);
        assertThat(first.get(1).getLeafIndex()).contains(1);
    }

    @Test
    void refusesAnEmptyBatch() {
        assertThatThrownBy(() -> AnchorSealing.seal(UUID.randomUUID(), List.of(), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProofOfEverySealedLeafVerifiesAgainstTheBatchRoot() {
        List<AnchorLeaf> leaves = leaves(11);
        AnchorBatch batch = AnchorSealing.seal(UUID.randomUUID(), leaves, AT);
        List<String> stored = leaves.stream().map(AnchorLeaf::getLeafHash).toList();

        for (int i = 0; i < leaves.size(); i++) {
            InclusionProof proof = AnchorSealing.proof(batch, stored, i);
            assertThat(proof.batchId()).isEqualTo(batch.getId());
            assertThat(proof.rootHex()).isEqualTo(batch.getRoot());
            assertThat(proof.treeSize()).isEqualTo(11);
            assertThat(proof.leafIndex()).isEqualTo(i);
            assertThat(proof.leafHashHex()).isEqualTo(leaves.get(i).getLeafHash());
            assertThat(MerkleTree.verifyInclusion(HEX.parseHex(proof.leafHashHex()), proof.leafIndex(), proof.treeSize(),
                    proof.pathHex().stream().map(HEX::parseHex).toList(), HEX.parseHex(proof.rootHex())))
                    .as("leaf %d", i).isTrue();
        }
    }

    @Test
    void aVerifierNeedsOnlyTheContentToRecomputeTheLeafHash() {
        byte[] content = "{\"id\":\"did:guildhall:example\"}".getBytes(StandardCharsets.UTF_8);
        AnchorLeaf leaf = leaf("did:guildhall:example", "1", content);
        AnchorBatch batch = AnchorSealing.seal(UUID.randomUUID(), List.of(leaf), AT);

        InclusionProof proof = AnchorSealing.proof(batch, List.of(leaf.getLeafHash()), 0);

        assertThat(proof.leafHashHex()).isEqualTo(HEX.formatHex(MerkleTree.leafHash(sha256(content))));
        assertThat(proof.pathHex()).isEmpty();
        assertThat(proof.rootHex()).isEqualTo(proof.leafHashHex());
    }

    @Test
    void aProofVerifiesAgainstTheAnchoredRootAndSizeOnlyAndIsAboutItsOwnContentOnly() {
        List<AnchorLeaf> leaves = leaves(6);
        AnchorBatch batch = AnchorSealing.seal(UUID.randomUUID(), leaves, AT);
        InclusionProof proof = AnchorSealing.proof(batch, leaves.stream().map(AnchorLeaf::getLeafHash).toList(), 4);
        String otherRoot = AnchorSealing.seal(UUID.randomUUID(), leaves(6), AT).getRoot();

        assertThat(proof.verifiesAgainst(batch.getRoot(), 6)).isTrue();
        assertThat(proof.verifiesAgainst(otherRoot, 6)).as("another root").isFalse();
        assertThat(proof.verifiesAgainst(batch.getRoot(), 5)).as("another size").isFalse();
        assertThat(proof.verifiesAgainst("not hex", 6)).isFalse();
        assertThat(proof.verifiesAgainst(null, 6)).isFalse();
        assertThat(proof.isAbout(HEX.parseHex(leaves.get(4).getContentSha256()))).isTrue();
        assertThat(proof.isAbout(HEX.parseHex(leaves.get(3).getContentSha256()))).isFalse();
    }

    @Test
    void refusesAProofFromStoredLeavesThatNoLongerMakeTheRoot() {
        List<AnchorLeaf> leaves = leaves(4);
        AnchorBatch batch = AnchorSealing.seal(UUID.randomUUID(), leaves, AT);
        List<String> stored = new ArrayList<>(leaves.stream().map(AnchorLeaf::getLeafHash).toList());

        assertThatThrownBy(() -> AnchorSealing.proof(batch, stored.subList(0, 3), 0)).isInstanceOf(IllegalStateException.class);
        stored.set(2, stored.get(3));
        assertThatThrownBy(() -> AnchorSealing.proof(batch, stored, 0)).isInstanceOf(IllegalStateException.class);
    }

    private static List<AnchorLeaf> leaves(int n) {
        String prefix = UUID.randomUUID().toString();
        return IntStream.range(0, n)
                .mapToObj(i -> leaf("did:guildhall:" + prefix, Integer.toString(i), (prefix + i).getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static AnchorLeaf leaf(String subject, String version, byte[] content) {
        byte[] hash = sha256(content);
        return new AnchorLeaf(subject, version, hash, MerkleTree.leafHash(hash), AT);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
