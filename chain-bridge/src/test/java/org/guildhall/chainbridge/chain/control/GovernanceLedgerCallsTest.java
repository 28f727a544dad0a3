package org.guildhall.chainbridge.chain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.crypto.Hash;

class GovernanceLedgerCallsTest {

    private static final UUID DECISION = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String DECISION_WORD = "00".repeat(16) + "00112233445566778899aabbccddeeff";
    private static final String CONTENT_HASH = "4e3a5058216941fd6549c7ae8cc55a848a3483cd3c6c25b0b51a1c938abaea06";

    /** First 4 bytes of keccak256 of the signature, as hex without 0x; computed without the ABI encoder. */
    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(2, 10);
    }

    @Test
    void decisionIdPutsTheUuidInTheLowSixteenBytes() {
        byte[] id = GovernanceLedgerCalls.decisionId(DECISION);

        assertThat(id).hasSize(32);
        assertThat(HexFormat.of().formatHex(id)).isEqualTo(DECISION_WORD);
    }

    @Test
    void decisionIdsOfDifferentUuidsDiffer() {
        assertThat(GovernanceLedgerCalls.decisionId(UUID.randomUUID()))
                .isNotEqualTo(GovernanceLedgerCalls.decisionId(UUID.randomUUID()));
    }

    @Test
    void recordDecisionIsTheSelectorFollowedByThreeWords() {
        String call = GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH, 1);

        assertThat(call).isEqualTo("0x" + selector("recordDecision(bytes32,bytes32,uint8)")
                + DECISION_WORD
                + CONTENT_HASH
                + "00".repeat(31) + "01");
        assertThat(call).hasSize(2 + 8 + 3 * 64);
    }

    @Test
    void recordDecisionEncodesTheOutcomeInTheLastWord() {
        String call = GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH, 2);

        assertThat(call).endsWith("00".repeat(31) + "02");
    }

    @Test
    void recordDecisionAcceptsAnUpperCaseContentHash() {
        assertThat(GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH.toUpperCase(), 1))
                .isEqualTo(GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH, 1));
    }

    @Test
    void refusesAContentHashThatIsNotThirtyTwoBytes() {
        assertThatThrownBy(() -> GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH.substring(2), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A content hash has 32 bytes");
        assertThatThrownBy(() -> GovernanceLedgerCalls.recordDecision(DECISION, CONTENT_HASH + "00", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A content hash has 32 bytes");
        assertThatThrownBy(() -> GovernanceLedgerCalls.recordDecision(DECISION, "", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAContentHashThatIsNotHex() {
        assertThatThrownBy(() -> GovernanceLedgerCalls.recordDecision(DECISION, "0x" + CONTENT_HASH.substring(2), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GovernanceLedgerCalls.recordDecision(DECISION, "zz" + CONTENT_HASH.substring(2), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isRecordedIsItsSelectorFollowedByTheDecisionId() {
        assertThat(GovernanceLedgerCalls.isRecorded(DECISION))
                .isEqualTo("0x" + selector("isRecorded(bytes32)") + DECISION_WORD);
    }

    @Test
    void decisionOfCallsTheContractsDecisionOf() {
        assertThat(FunctionEncoder.encode(GovernanceLedgerCalls.decisionOf(DECISION)))
                .isEqualTo("0x" + selector("decisionOf(bytes32)") + DECISION_WORD);
        assertThat(GovernanceLedgerCalls.decisionOf(DECISION).getOutputParameters()).hasSize(4);
    }

    @Test
    void selectorsAreThoseOfTheCompiledContract() throws IOException {
        // The deployed code dispatches on each selector with DUP1 PUSH4 <selector> EQ (80 63 .. 14)
        String deployed = compiledGovernanceLedger();

        assertThat(deployed)
                .contains("63" + selector("recordDecision(bytes32,bytes32,uint8)") + "14")
                .contains("63" + selector("isRecorded(bytes32)") + "14")
                .contains("63" + selector("decisionOf(bytes32)") + "14");
    }

    @Test
    void decodesTrue() {
        assertThat(GovernanceLedgerCalls.decodeBool("0x" + "00".repeat(31) + "01")).isTrue();
    }

    @Test
    void decodesFalse() {
        assertThat(GovernanceLedgerCalls.decodeBool("0x" + "00".repeat(32))).isFalse();
    }

    @Test
    void decodesAnEmptyResultAsFalse() {
        // What eth_call returns when the address has no code
        assertThat(GovernanceLedgerCalls.decodeBool("0x")).isFalse();
    }

    private static String compiledGovernanceLedger() throws IOException {
        try (InputStream in = GovernanceLedgerCallsTest.class
                .getResourceAsStream("/org/guildhall/chainbridge/contracts/GovernanceLedger.json")) {
            assertThat(in).as("compiled contract on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
