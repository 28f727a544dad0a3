package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.SoftHsmFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.RawTransactionManager;
import org.web3j.utils.Numeric;

/**
 * The HSM signer against a real chain: GovernanceLedger deployed and written by a key that
 * lives in SoftHSM, on a Hardhat node started for this class.
 */
class HsmSignerOnHardhatIT {

    private static final BigInteger GWEI = BigInteger.TEN.pow(9);
    private static final BigInteger MAX_PRIORITY_FEE = GWEI;
    private static final BigInteger MAX_FEE = GWEI.multiply(BigInteger.valueOf(20));
    private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(1_500_000);
    private static final BigInteger CALL_GAS = BigInteger.valueOf(200_000);
    private static final String LEDGER_ARTIFACT = "/org/guildhall/chainbridge/contracts/GovernanceLedger.json";

    private static HardhatNode node;
    private static HsmTransactionSigner signer;
    private static RawTransactionManager transactions;

    @BeforeAll
    static void hsmSignerWithFundsOnAHardhatNode() {
        Pkcs11Token token = new Pkcs11Token(SoftHsmFixture.settings());
        String alias = "it-federation-" + UUID.randomUUID().toString().substring(0, 8);
        new HsmKeys(token).ensureSecp256k1Key(alias);
        signer = new HsmTransactionSigner(token, alias);

        node = HardhatNode.start();
        node.setBalance(signer.getAddress(), HardhatNode.ETHER.multiply(BigInteger.valueOf(100)));
        transactions = new RawTransactionManager(node.web3j(), signer, node.chainId());
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void deploysLedgerAndRecordsDecisionSignedInTheHsm() throws Exception {
        String ledger = deployLedger();
        byte[] decisionId = Hash.sha3("proposal-42/decision".getBytes(StandardCharsets.UTF_8));
        byte[] contentHash = Hash.sha3("{\"proposal\":42,\"outcome\":\"passed\"}".getBytes(StandardCharsets.UTF_8));

        // a legacy EIP-155 transaction this time (deployment was EIP-1559)
        EthSendTransaction sent = transactions.sendTransaction(MAX_FEE, CALL_GAS, ledger,
                recordDecision(decisionId, contentHash, 1), BigInteger.ZERO);
        assertThat(sent.hasError()).as("send error: %s", sent.getError() == null ? "" : sent.getError().getMessage()).isFalse();
        TransactionReceipt receipt = node.awaitReceipt(sent.getTransactionHash());

        assertThat(receipt.getStatus()).isEqualTo("0x1");
        assertThat(receipt.getFrom()).isEqualTo(signer.getAddress());
        Log log = receipt.getLogs().get(0);
        assertThat(log.getTopics()).containsExactly(EventEncoder.encode(new Event("DecisionRecorded", List.of(
                        new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>() { }, new TypeReference<Uint8>() { }))),
                Numeric.toHexString(decisionId));

        List<Type> decision = call(ledger, new Function("decisionOf", List.of(new Bytes32(decisionId)), List.of(
                new TypeReference<Bytes32>() { }, new TypeReference<Uint8>() { },
                new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { })));
        assertThat((byte[]) decision.get(0).getValue()).isEqualTo(contentHash);
        assertThat(decision.get(1).getValue()).isEqualTo(BigInteger.ONE);
        assertThat((BigInteger) decision.get(2).getValue()).isPositive();
        assertThat(decision.get(3).getValue()).isEqualTo(receipt.getBlockNumber());
        assertThat(isRecorded(ledger, decisionId)).isTrue();
        assertThat(decisionCount(ledger)).isEqualTo(BigInteger.ONE);

        // the same decision again: the contract refuses it, and nothing changes
        String duplicate = recordDecision(decisionId, Hash.sha3(new byte[] {1}), 2);
        assertThatThrownBy(() -> ethCall(signer.getAddress(), ledger, duplicate))
                .hasMessageContaining(selector("DuplicateDecision(bytes32)"));
        EthSendTransaction again = transactions.sendEIP1559Transaction(node.chainId(), MAX_PRIORITY_FEE, MAX_FEE,
                CALL_GAS, ledger, duplicate, BigInteger.ZERO);
        if (again.hasError()) {
            // Hardhat's automine reports a reverted transaction as an error of eth_sendRawTransaction,
            // with the revert data (it does not know the ABI): DuplicateDecision(decisionId)
            assertThat(again.getError().getMessage())
                    .contains(selector("DuplicateDecision(bytes32)") + Numeric.toHexStringNoPrefix(decisionId));
        } else {
            assertThat(node.awaitReceipt(again.getTransactionHash()).getStatus()).isEqualTo("0x0");
        }
        assertThat(decisionCount(ledger)).isEqualTo(BigInteger.ONE);
        assertThat((byte[]) call(ledger, new Function("decisionOf", List.of(new Bytes32(decisionId)),
                List.of(new TypeReference<Bytes32>() { }))).get(0).getValue()).isEqualTo(contentHash);
    }

    @Test
    void ledgerAcceptsDecisionsOnlyFromTheFederationSigner() throws Exception {
        String ledger = deployLedger();
        String data = recordDecision(Hash.sha3(new byte[] {7}), Hash.sha3(new byte[] {8}), 1);

        assertThatThrownBy(() -> ethCall("0x000000000000000000000000000000000000dEaD", ledger, data))
                .hasMessageContaining(selector("NotFederationSigner()"));
        assertThat(ethCall(signer.getAddress(), ledger, data)).isEqualTo("0x");
    }

    @Test
    void ledgerRejectsOutcomeZero() throws Exception {
        String ledger = deployLedger();

        assertThatThrownBy(() -> ethCall(signer.getAddress(), ledger,
                recordDecision(Hash.sha3(new byte[] {9}), Hash.sha3(new byte[] {10}), 0)))
                .hasMessageContaining(selector("InvalidOutcome()"));
    }

    /** Deploys GovernanceLedger with an EIP-1559 transaction signed in the HSM; returns its address. */
    private static String deployLedger() throws IOException {
        EthSendTransaction sent = transactions.sendEIP1559Transaction(node.chainId(), MAX_PRIORITY_FEE, MAX_FEE,
                DEPLOY_GAS, "", ledgerBytecode(), BigInteger.ZERO, true);
        assertThat(sent.hasError()).as("deploy error: %s", sent.getError() == null ? "" : sent.getError().getMessage()).isFalse();
        TransactionReceipt receipt = node.awaitReceipt(sent.getTransactionHash());

        assertThat(receipt.getStatus()).isEqualTo("0x1");
        assertThat(receipt.getFrom()).isEqualTo(signer.getAddress());
        String ledger = receipt.getContractAddress();
        assertThat(ledger).isNotBlank();
        Address federationSigner = (Address) call(ledger, new Function("federationSigner", List.of(),
                List.of(new TypeReference<Address>() { }))).get(0);
        assertThat(federationSigner.getValue()).isEqualTo(signer.getAddress());
        return ledger;
    }

    private static String recordDecision(byte[] decisionId, byte[] contentHash, int outcome) {
        return FunctionEncoder.encode(new Function("recordDecision",
                List.of(new Bytes32(decisionId), new Bytes32(contentHash), new Uint8(outcome)), List.of()));
    }

    private static boolean isRecorded(String ledger, byte[] decisionId) {
        return ((Bool) call(ledger, new Function("isRecorded", List.of(new Bytes32(decisionId)),
                List.of(new TypeReference<Bool>() { }))).get(0)).getValue();
    }

    private static BigInteger decisionCount(String ledger) {
        return ((Uint256) call(ledger, new Function("decisionCount", List.of(),
                List.of(new TypeReference<Uint256>() { }))).get(0)).getValue();
    }

    @SuppressWarnings("rawtypes")
    private static List<Type> call(String contract, Function function) {
        String result = ethCall(signer.getAddress(), contract, FunctionEncoder.encode(function));
        return FunctionReturnDecoder.decode(result, function.getOutputParameters());
    }

    /** eth_call on the latest block; a revert surfaces as an exception carrying the node's error (with its data). */
    private static String ethCall(String from, String to, String data) {
        return node.rpc("eth_call", Map.of("from", from, "to", to, "data", data), "latest").asText();
    }

    private static String selector(String errorSignature) {
        return Numeric.toHexString(Hash.sha3(errorSignature.getBytes(StandardCharsets.UTF_8))).substring(2, 10);
    }

    private static String ledgerBytecode() throws IOException {
        try (InputStream in = HsmSignerOnHardhatIT.class.getResourceAsStream(LEDGER_ARTIFACT)) {
            assertThat(in).as("compiled contract %s on the class path", LEDGER_ARTIFACT).isNotNull();
            JsonNode artifact = new ObjectMapper().readTree(in);
            assertThat(artifact.get("evmVersion").asText()).isEqualTo("paris");
            return artifact.get("bytecode").asText();
        }
    }
}
