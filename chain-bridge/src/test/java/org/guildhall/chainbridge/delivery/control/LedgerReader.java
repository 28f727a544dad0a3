package org.guildhall.chainbridge.delivery.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** Reads a GovernanceLedger and its node directly (eth_call, eth_getLogs), never through the bridge. */
final class LedgerReader {

    private static final String DECISION_RECORDED = EventEncoder.encode(new Event("DecisionRecorded", List.of(
            new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>() { }, new TypeReference<Uint8>() { })));

    private final HardhatNode node;
    private final String ledger;

    LedgerReader(HardhatNode node, String ledger) {
        this.node = node;
        this.ledger = ledger;
    }

    /** The DecisionRecorded events of one decision. */
    JsonNode eventsOf(UUID decision) {
        return node.rpc("eth_getLogs", Map.of("address", ledger, "fromBlock", "0x0", "toBlock", "latest",
                "topics", List.of(DECISION_RECORDED, Numeric.toHexString(GovernanceLedgerCalls.decisionId(decision)))));
    }

    /** Every DecisionRecorded event of the ledger. */
    JsonNode allEvents() {
        return node.rpc("eth_getLogs", Map.of("address", ledger, "fromBlock", "0x0", "toBlock", "latest",
                "topics", List.of(DECISION_RECORDED)));
    }

    boolean isRecorded(UUID decision) {
        return GovernanceLedgerCalls.decodeBool(ethCall(GovernanceLedgerCalls.isRecorded(decision)));
    }

    BigInteger decisionCount() {
        return (BigInteger) call(new Function("decisionCount", List.of(), List.of(new TypeReference<Uint256>() { })))
                .get(0).getValue();
    }

    @SuppressWarnings("rawtypes")
    List<Type> call(Function function) {
        return FunctionReturnDecoder.decode(ethCall(FunctionEncoder.encode(function)), function.getOutputParameters());
    }

    JsonNode receipt(String hash) {
        return node.rpc("eth_getTransactionReceipt", hash);
    }

    /** An account's next nonce, counting the transactions in the pool. */
    BigInteger nextNonce(String address) {
        return Numeric.toBigInt(node.rpc("eth_getTransactionCount", address, "pending").asText());
    }

    /** Hashes of the transactions waiting in the node's pool. */
    List<String> pendingTransactions() {
        List<String> hashes = new ArrayList<>();
        node.rpc("eth_getBlockByNumber", "pending", false).get("transactions").forEach(t -> hashes.add(t.asText()));
        return hashes;
    }

    static boolean isNull(JsonNode result) {
        return result == null || result.isNull();
    }

    private String ethCall(String data) {
        return node.rpc("eth_call", Map.of("to", ledger, "data", data), "latest").asText();
    }
}
