package org.guildhall.chainbridge.chain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class AnchorRegistryCallsTest {

    private static final UUID BATCH = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String BATCH_WORD = "00112233445566778899aabbccddeeff" + "00".repeat(16);
    private static final String ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

    /** First 4 bytes of keccak256 of the signature, as hex without 0x; computed without the ABI encoder. */
    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(2, 10);
    }

    private static String word(long value) {
        return String.format("%064x", value);
    }

    @Test
    void batchIdPutsTheUuidInTheHighSixteenBytes() {
        assertThat(HexFormat.of().formatHex(AnchorRegistryCalls.batchId(BATCH))).isEqualTo(BATCH_WORD);
    }

    @Test
    void aBatchIdIsNotTheDecisionIdOfTheSameUuid() {
        assertThat(AnchorRegistryCalls.batchId(BATCH)).isNotEqualTo(GovernanceLedgerCalls.decisionId(BATCH));
    }

    @Test
    void anchorIsTheSelectorFollowedByBatchRootAndSize() {
        assertThat(AnchorRegistryCalls.anchor(BATCH, ROOT, 4096)).isEqualTo("0x"
                + selector("anchor(bytes32,bytes32,uint64)") + BATCH_WORD + ROOT + word(4096));
    }

    @Test
    void anchorRefusesARootThatIsNotThirtyTwoBytesAndAnEmptyBatch() {
        assertThatThrownBy(() -> AnchorRegistryCalls.anchor(BATCH, ROOT.substring(2), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnchorRegistryCalls.anchor(BATCH, ROOT, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anchorOfCallsTheViewWithTheBatchId() {
        assertThat(org.web3j.abi.FunctionEncoder.encode(AnchorRegistryCalls.anchorOf(BATCH)))
                .isEqualTo("0x" + selector("anchorOf(bytes32)") + BATCH_WORD);
    }

    @Test
    void decodesAnAnchoredBatchAndTellsAnUnknownOneByItsZeroSize() {
        AnchorRegistryCalls.Anchor anchor = AnchorRegistryCalls.decodeAnchorOf(
                "0x" + ROOT + word(7) + word(1_767_225_600L) + word(42)).orElseThrow();
        assertThat(HexFormat.of().formatHex(anchor.root())).isEqualTo(ROOT);
        assertThat(anchor.size()).isEqualTo(7);
        assertThat(anchor.anchoredAt()).isEqualTo(1_767_225_600L);
        assertThat(anchor.blockNumber()).isEqualTo(42);

        assertThat(AnchorRegistryCalls.decodeAnchorOf("0x" + "00".repeat(128))).isEmpty();
    }

    @Test
    void theCompiledAnchorRegistryIsOnTheClassPath() {
        assertThat(ContractArtifact.load(ContractArtifact.ANCHOR_REGISTRY).bytecode()).startsWith("0x6080");
    }
}
