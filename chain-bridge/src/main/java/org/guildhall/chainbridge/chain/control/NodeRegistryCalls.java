package org.guildhall.chainbridge.chain.control;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

/**
 * ABI encoding of the NodeRegistry contract's functions, without generated wrappers. A node is named
 * by its enode id (the 64-byte public key as 128 hex digits), which the contract takes as two bytes32
 * words: bytes 0-31 (high) and 32-63 (low).
 */
public final class NodeRegistryCalls {

    /** The longest host the contract accepts (a DNS name's limit), in UTF-8 bytes. */
    public static final int MAX_HOST_BYTES = 253;

    /** What {@code nodeStatus} returns for a node; status UNKNOWN (and an empty host) for one never admitted. */
    public record NodeEntry(AllowListStatus status, String host, int port, long changedAt, byte[] lastChangeId) {

        @Override
        public boolean equals(Object other) {
            return other instanceof NodeEntry that && status == that.status && host.equals(that.host)
                    && port == that.port && changedAt == that.changedAt
                    && Arrays.equals(lastChangeId, that.lastChangeId);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hash(status, host, port, changedAt) + Arrays.hashCode(lastChangeId);
        }

        @Override
        public String toString() {
            return "NodeEntry[" + status + " " + host + ":" + port + " at " + changedAt + " by "
                    + HexFormat.of().formatHex(lastChangeId) + "]";
        }
    }

    private NodeRegistryCalls() {
    }

    /**
     * The name of the NodeRegistry error ({@code DuplicateChange}, {@code UnknownNode}, ...) whose revert
     * data a node's error message carries as hex ({@code 0x<selector>...}), if any.
     */
    public static Optional<String> errorIn(String message) {
        return ContractErrors.in(message).map(ContractErrors.Refusal::name);
    }

    /** A change id as the contract's bytes32: the UUID's 16 bytes, left-aligned (as AnchorRegistry's batch ids). */
    public static byte[] changeId(UUID id) {
        return AnchorRegistryCalls.batchId(id);
    }

    /**
     * The enode id's two words, {high, low}. Takes 128 hex digits, with or without {@code 0x}, in any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static byte[][] enodeWords(String enodeId) {
        String hex = enodeId != null && (enodeId.startsWith("0x") || enodeId.startsWith("0X"))
                ? enodeId.substring(2) : enodeId;
        if (hex == null || !hex.matches("[0-9a-fA-F]{128}")) {
            throw new IllegalArgumentException("An enode id has 128 hex digits");
        }
        byte[] key = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
        return new byte[][] {Arrays.copyOfRange(key, 0, 32), Arrays.copyOfRange(key, 32, 64)};
    }

    /** {@code admit(bytes32 changeId, bytes32 enodeHigh, bytes32 enodeLow, string host, uint16 port)}. */
    public static String admit(UUID changeId, String enodeId, String host, int port) {
        if (host == null || host.isBlank() || host.getBytes(StandardCharsets.UTF_8).length > MAX_HOST_BYTES) {
            throw new IllegalArgumentException("A host has 1 to " + MAX_HOST_BYTES + " bytes");
        }
        requirePort(port, 1);
        byte[][] enode = enodeWords(enodeId);
        return FunctionEncoder.encode(new Function("admit", List.of(new Bytes32(changeId(changeId)),
                new Bytes32(enode[0]), new Bytes32(enode[1]), new Utf8String(host), new Uint16(port)), List.of()));
    }

    /**
     * {@code setStatus(bytes32 changeId, bytes32 enodeHigh, bytes32 enodeLow, uint8 status)}: ALLOWED
     * reinstates a suspended node; SUSPENDED, REVOKED and DEACTIVATED take a node off the list.
     */
    public static String setStatus(UUID changeId, String enodeId, AllowListStatus status) {
        if (status == AllowListStatus.UNKNOWN) {
            throw new IllegalArgumentException("A node cannot be set back to UNKNOWN");
        }
        byte[][] enode = enodeWords(enodeId);
        return FunctionEncoder.encode(new Function("setStatus", List.of(new Bytes32(changeId(changeId)),
                new Bytes32(enode[0]), new Bytes32(enode[1]), new Uint8(status.code())), List.of()));
    }

    /**
     * {@code connectionAllowed(string enodeId, string host, uint16 port) returns (bool)}, Besu's check. The
     * enode id is passed as given: the contract answers false for one it cannot parse.
     */
    public static Function connectionAllowed(String enodeId, String host, int port) {
        requirePort(port, 0);
        return new Function("connectionAllowed", List.of(new Utf8String(enodeId), new Utf8String(host),
                new Uint16(port)), List.of(new TypeReference<Bool>() { }));
    }

    /** {@code nodeStatus(bytes32, bytes32) returns (uint8, string, uint16, uint64, bytes32)}. */
    public static Function nodeStatus(String enodeId) {
        byte[][] enode = enodeWords(enodeId);
        return new Function("nodeStatus", List.of(new Bytes32(enode[0]), new Bytes32(enode[1])),
                List.of(new TypeReference<Uint8>() { }, new TypeReference<Utf8String>() { },
                        new TypeReference<Uint16>() { }, new TypeReference<Uint64>() { },
                        new TypeReference<Bytes32>() { }));
    }

    /** {@code changeRecorded(bytes32) returns (bool)}: whether the contract holds the change. */
    public static Function changeRecorded(UUID changeId) {
        return new Function("changeRecorded", List.of(new Bytes32(changeId(changeId))),
                List.of(new TypeReference<Bool>() { }));
    }

    /** The decoded result of a function returning one bool ({@link #connectionAllowed}, {@link #changeRecorded}). */
    @SuppressWarnings("rawtypes")
    public static boolean decodeBool(String returned) {
        List<Type> values = FunctionReturnDecoder.decode(returned, changeRecorded(new UUID(0, 0)).getOutputParameters());
        if (values.size() != 1) {
            throw new IllegalArgumentException("Expected one bool, got " + values.size() + " values: " + returned);
        }
        return (Boolean) values.get(0).getValue();
    }

    /** The decoded result of {@link #nodeStatus}. */
    @SuppressWarnings("rawtypes")
    public static NodeEntry decodeNodeStatus(String returned) {
        List<Type> values = FunctionReturnDecoder.decode(returned, nodeStatus("0".repeat(128)).getOutputParameters());
        if (values.size() != 5) {
            throw new IllegalArgumentException("nodeStatus returned " + values.size() + " values, not 5: " + returned);
        }
        return new NodeEntry(AllowListStatus.ofCode(((BigInteger) values.get(0).getValue()).intValueExact()),
                (String) values.get(1).getValue(), ((BigInteger) values.get(2).getValue()).intValueExact(),
                ((BigInteger) values.get(3).getValue()).longValueExact(), (byte[]) values.get(4).getValue());
    }

    private static void requirePort(int port, int lowest) {
        if (port < lowest || port > 65535) {
            throw new IllegalArgumentException("A port is " + lowest + " to 65535: " + port);
        }
    }
}
