package org.guildhall.registry.anchoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnchorLeafTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void holdsOnlyTheContentItWasMadeFor() {
        byte[] content = filled(1);
        AnchorLeaf leaf = new AnchorLeaf("did:guildhall:a", "1", content, filled(2), AT);

        assertThat(leaf.holds(filled(1))).isTrue();
        assertThat(leaf.holds(filled(3))).isFalse();
        assertThat(leaf.holds(null)).isFalse();
        assertThat(leaf.getContentSha256()).isEqualTo("01".repeat(32));
        assertThat(leaf.getLeafHash()).isEqualTo("02".repeat(32));
    }

    @Test
    void isPlacedInABatchOnceAndKeepsItsPlace() {
        AnchorLeaf leaf = new AnchorLeaf("did:guildhall:a", "1", filled(1), filled(2), AT);
        UUID batch = UUID.randomUUID();
        assertThat(leaf.isSealed()).isFalse();
        assertThat(leaf.getBatchId()).isEmpty();

        leaf.placeIn(batch, 3);

        assertThat(leaf.isSealed()).isTrue();
        assertThatThrownBy(() -> leaf.placeIn(UUID.randomUUID(), 0)).isInstanceOf(IllegalStateException.class);
        assertThat(leaf.getBatchId()).contains(batch);
        assertThat(leaf.getLeafIndex()).contains(3);
    }

    @Test
    void refusesANegativePosition() {
        AnchorLeaf leaf = new AnchorLeaf("did:guildhall:a", "1", filled(1), filled(2), AT);
        assertThatThrownBy(() -> leaf.placeIn(UUID.randomUUID(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(leaf.isSealed()).isFalse();
    }

    @Test
    void refusesHashesThatAreNotSha256AndABlankOrOverlongSubjectOrVersion() {
        assertThatThrownBy(() -> new AnchorLeaf("s", "1", new byte[31], filled(2), AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnchorLeaf("s", "1", filled(1), new byte[33], AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnchorLeaf(" ", "1", filled(1), filled(2), AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnchorLeaf("s", null, filled(1), filled(2), AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnchorLeaf("s".repeat(AnchorLeaf.MAX_SUBJECT_LENGTH + 1), "1", filled(1), filled(2), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnchorLeaf("s", "1".repeat(AnchorLeaf.MAX_VERSION_LENGTH + 1), filled(1), filled(2), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInclusionProofRefusesAnIndexOutsideItsTree() {
        UUID batch = UUID.randomUUID();
        assertThatThrownBy(() -> new InclusionProof(batch, "00", 2, 2, java.util.List.of(), "00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InclusionProof(batch, "00", 1, 2, java.util.List.of("11"), "00").pathHex()).containsExactly("11");
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
