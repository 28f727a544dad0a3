package org.guildhall.chainbridge.chain.control;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/** ABI encoding of the GovernanceLedger contract's functions, without generated wrappers. */
public final class GovernanceLedgerCalls {

    private GovernanceLedgerCalls() {
    }

    /** A decision id as the contract's bytes32: 16 zero bytes, then the UUID's 16 bytes. */
    public static byte[] decisionId(UUID id) {
        return ByteBuffer.allocate(32).putLong(16, id.getMostSignificantBits())
                .putLong(24, id.getLeastSignificantBits()).array();
    }

    public static String recordDecision(UUID decisionId, String contentHashHex, int outcome) {
        byte[] hash = HexFormat.of().parseHex(contentHashHex);
        if (hash.length != 32) {
            throw new IllegalArgumentException("A content hash has 32 bytes");
        }
        return FunctionEncoder.encode(new Function("recordDecision",
                List.of(new Bytes32(decisionId(decisionId)), new Bytes32(hash), new Uint8(outcome)), List.of()));
    }

    public static String isRecorded(UUID decisionId) {
        return FunctionEncoder.encode(new Function("isRecorded", List.of(new Bytes32(decisionId(decisionId))),
                List.of(new TypeReference<Bool>() { })));
    }

    public static boolean decodeBool(String returned) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<TypeReference<Type>> outputs = (List) List.of(new TypeReference<Bool>() { });
        List<Type> values = FunctionReturnDecoder.decode(returned, outputs);
        return !values.isEmpty() && (Boolean) values.get(0).getValue();
    }

    /** {@code decisionOf(bytes32) returns (bytes32 contentHash, uint8 outcome, uint64 recordedAt, uint64 blockNumber)}. */
    public static Function decisionOf(UUID decisionId) {
        return new Function("decisionOf", List.of(new Bytes32(decisionId(decisionId))),
                List.of(new TypeReference<Bytes32>() { }, new TypeReference<Uint8>() { },
                        new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { }));
    }
}
