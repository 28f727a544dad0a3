package org.guildhall.chainbridge.chain.control;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;

/** ABI encoding of the AnchorRegistry contract's functions, without generated wrappers. */
public final class AnchorRegistryCalls {

    /** What {@code anchorOf} returns for an anchored batch. */
    public record Anchor(byte[] root, long size, long anchoredAt, long blockNumber) {
    }

    private AnchorRegistryCalls() {
    }

    /**
     * A batch id as the contract's bytes32: the UUID's 16 bytes, then 16 zero bytes (left-aligned, as
     * Solidity's {@code bytes32(bytes16(uuid))}). Decision ids on the GovernanceLedger are right-aligned;
     * the two never meet, each contract has its own ids.
     */
    public static byte[] batchId(UUID id) {
        return ByteBuffer.allocate(32).putLong(0, id.getMostSignificantBits())
                .putLong(8, id.getLeastSignificantBits()).array();
    }

    /** {@code anchor(bytes32 batchId, bytes32 root, uint64 size)}. */
    public static String anchor(UUID batchId, String rootHex, long size) {
        byte[] root = HexFormat.of().parseHex(rootHex);
        if (root.length != 32) {
            throw new IllegalArgumentException("A Merkle root has 32 bytes");
        }
        if (size < 1) {
            throw new IllegalArgumentException("A batch holds at least one leaf");
        }
        return FunctionEncoder.encode(new Function("anchor",
                List.of(new Bytes32(batchId(batchId)), new Bytes32(root), new Uint64(size)), List.of()));
    }

    /** {@code anchorOf(bytes32) returns (bytes32 root, uint64 size, uint64 anchoredAt, uint64 blockNumber)}. */
    public static Function anchorOf(UUID batchId) {
        return new Function("anchorOf", List.of(new Bytes32(batchId(batchId))),
                List.of(new TypeReference<Bytes32>() { }, new TypeReference<Uint64>() { },
                        new TypeReference<Uint64>() { }, new TypeReference<Uint64>() { }));
    }

    /** The decoded result of {@link #anchorOf}; empty for a batch the contract does not hold (size 0). */
    @SuppressWarnings("rawtypes")
    public static Optional<Anchor> decodeAnchorOf(String returned) {
        Function function = anchorOf(new UUID(0, 0));
        List<Type> values = FunctionReturnDecoder.decode(returned, function.getOutputParameters());
        if (values.size() != 4) {
            throw new IllegalArgumentException("anchorOf returned " + values.size() + " values, not 4: " + returned);
        }
        long size = ((BigInteger) values.get(1).getValue()).longValueExact();
        if (size == 0) {
            return Optional.empty();
        }
        return Optional.of(new Anchor((byte[]) values.get(0).getValue(), size,
                ((BigInteger) values.get(2).getValue()).longValueExact(),
                ((BigInteger) values.get(3).getValue()).longValueExact()));
    }
}
