package org.guildhall.chainbridge.chain.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.crypto.Hash;

class NodeRegistryCallsTest {

    private static final UUID CHANGE = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String CHANGE_WORD = "00112233445566778899aabbccddeeff" + "00".repeat(16);
    private static final String HIGH = "a1".repeat(31) + "0f";
    private static final String LOW = "0b" + "c2".repeat(31);
    private static final String ENODE = HIGH + LOW;

    /** First 4 bytes of keccak256 of the signature, as hex without 0x; computed without the ABI encoder. */
    private static String selector(String signature) {
        return Hash.sha3String(signature).substring(2, 10);
    }

    private static String word(long value) {
        return String.format("%064x", value);
    }

    /** A string's ABI tail: its length, then its UTF-8 bytes padded to whole words. */
    private static String tail(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(bytes);
        int padded = (bytes.length + 31) / 32 * 64;
        return word(bytes.length) + hex + "0".repeat(padded - hex.length());
    }

    @Test
    void changeIdPutsTheUuidInTheHighSixteenBytes() {
        assertThat(HexFormat.of().formatHex(NodeRegistryCalls.changeId(CHANGE))).isEqualTo(CHANGE_WORD);
    }

    @Test
    void enodeWordsSplitThePublicKeyInHalvesAndAcceptAPrefixAndUpperCase() {
        byte[][] words = NodeRegistryCalls.enodeWords(ENODE);
        assertThat(HexFormat.of().formatHex(words[0])).isEqualTo(HIGH);
        assertThat(HexFormat.of().formatHex(words[1])).isEqualTo(LOW);
        assertThat(NodeRegistryCalls.enodeWords("0x" + ENODE.toUpperCase())).isDeepEqualTo(words);
    }

    @Test
    void enodeWordsRefuseAnythingButOneHundredTwentyEightHexDigits() {
        assertThatThrownBy(() -> NodeRegistryCalls.enodeWords(ENODE.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.enodeWords(ENODE + "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.enodeWords("g" + ENODE.substring(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.enodeWords(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void admitIsTheSelectorTheHeadWithTheHostsOffsetAndThenTheHost() {
        assertThat(NodeRegistryCalls.admit(CHANGE, ENODE, "10.0.0.7", 30303)).isEqualTo("0x"
                + selector("admit(bytes32,bytes32,bytes32,string,uint16)")
                + CHANGE_WORD + HIGH + LOW + word(5 * 32) + word(30303) + tail("10.0.0.7"));
    }

    @Test
    void admitRefusesABlankOrTooLongHostAndAPortOutsideOneTo65535() {
        assertThatThrownBy(() -> NodeRegistryCalls.admit(CHANGE, ENODE, " ", 30303)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.admit(CHANGE, ENODE, "h".repeat(254), 30303)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.admit(CHANGE, ENODE, "h", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRegistryCalls.admit(CHANGE, ENODE, "h", 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThat(NodeRegistryCalls.admit(CHANGE, ENODE, "h".repeat(253), 65535)).endsWith(tail("h".repeat(253)));
    }

    @Test
    void setStatusCarriesTheContractsStatusCode() {
        String prefix = "0x" + selector("setStatus(bytes32,bytes32,bytes32,uint8)") + CHANGE_WORD + HIGH + LOW;
        assertThat(NodeRegistryCalls.setStatus(CHANGE, ENODE, AllowListStatus.SUSPENDED)).isEqualTo(prefix + word(2));
        assertThat(NodeRegistryCalls.setStatus(CHANGE, ENODE, AllowListStatus.ALLOWED)).isEqualTo(prefix + word(1));
        assertThat(NodeRegistryCalls.setStatus(CHANGE, ENODE, AllowListStatus.REVOKED)).isEqualTo(prefix + word(3));
        assertThat(NodeRegistryCalls.setStatus(CHANGE, ENODE, AllowListStatus.DEACTIVATED)).isEqualTo(prefix + word(4));
        assertThatThrownBy(() -> NodeRegistryCalls.setStatus(CHANGE, ENODE, AllowListStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void connectionAllowedPassesTheEnodeIdAndHostAsStrings() {
        assertThat(FunctionEncoder.encode(NodeRegistryCalls.connectionAllowed(ENODE, "node-7.example", 30303)))
                .isEqualTo("0x" + selector("connectionAllowed(string,string,uint16)")
                        + word(3 * 32) + word(3 * 32 + 32 + 128) + word(30303) + tail(ENODE) + tail("node-7.example"));
    }

    @Test
    void nodeStatusAndChangeRecordedCallTheViewsWithTheWords() {
        assertThat(FunctionEncoder.encode(NodeRegistryCalls.nodeStatus(ENODE)))
                .isEqualTo("0x" + selector("nodeStatus(bytes32,bytes32)") + HIGH + LOW);
        assertThat(FunctionEncoder.encode(NodeRegistryCalls.changeRecorded(CHANGE)))
                .isEqualTo("0x" + selector("changeRecorded(bytes32)") + CHANGE_WORD);
    }

    @Test
    void decodesANodesStatusHostPortTimeAndLastChange() {
        NodeRegistryCalls.NodeEntry entry = NodeRegistryCalls.decodeNodeStatus("0x" + word(2) + word(5 * 32)
                + word(30303) + word(1_767_225_600L) + CHANGE_WORD + tail("10.0.0.7"));
        assertThat(entry).isEqualTo(new NodeRegistryCalls.NodeEntry(AllowListStatus.SUSPENDED, "10.0.0.7", 30303,
                1_767_225_600L, HexFormat.of().parseHex(CHANGE_WORD)));

        NodeRegistryCalls.NodeEntry unknown = NodeRegistryCalls.decodeNodeStatus("0x" + word(0) + word(5 * 32)
                + word(0) + word(0) + word(0) + word(0));
        assertThat(unknown.status()).isEqualTo(AllowListStatus.UNKNOWN);
        assertThat(unknown.host()).isEmpty();
    }

    @Test
    void decodesABoolAndRefusesAStatusTheContractDoesNotHave() {
        assertThat(NodeRegistryCalls.decodeBool("0x" + word(1))).isTrue();
        assertThat(NodeRegistryCalls.decodeBool("0x" + word(0))).isFalse();
        assertThatThrownBy(() -> NodeRegistryCalls.decodeNodeStatus("0x" + word(9) + word(5 * 32)
                + word(0) + word(0) + word(0) + word(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheContractsErrorInANodesRevertMessage() {
        String hardhat = "Error: VM Exception while processing transaction: reverted with an unrecognized custom error"
                + " (return data: 0x" + selector("DuplicateChange(bytes32)") + CHANGE_WORD + ")";
        assertThat(NodeRegistryCalls.errorIn(hardhat)).contains("DuplicateChange");
        assertThat(NodeRegistryCalls.errorIn("execution reverted: 0x" + selector("UnknownNode(bytes32,bytes32)").toUpperCase()
                + HIGH + LOW)).contains("UnknownNode");
        assertThat(NodeRegistryCalls.errorIn("The node refused transaction: nonce too low")).isEmpty();
        assertThat(NodeRegistryCalls.errorIn(null)).isEmpty();
    }

    @Test
    void theCompiledNodeRegistryIsOnTheClassPath() {
        assertThat(ContractArtifact.load(ContractArtifact.NODE_REGISTRY).bytecode()).startsWith("0x6080");
    }
}
