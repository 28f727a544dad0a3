package org.guildhall.registry.audit.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.guildhall.registry.audit.entity.RecordContent;

/**
 * The hashes of the audit chain (SHA-256, lower-case hex). Integers are big-endian two's complement.
 * <ul>
 * <li>record hash = SHA-256( ASCII {@value #TAG} (no length, no terminator) ‖ id (8 bytes) ‖ recorded_at in
 * microseconds since 1970-01-01T00:00:00Z (8 bytes) ‖ actor ‖ context ‖ action ‖ subject ‖ detail ), each
 * text as its UTF-8 length in bytes (4 bytes) followed by its UTF-8 bytes, and a null text as the length -1
 * ({@code ff ff ff ff}) with no bytes;</li>
 * <li>link hash = SHA-256( previous link hash (32 bytes; {@link #GENESIS}, 32 zero bytes, before seq 1) ‖
 * seq (8 bytes) ‖ record hash (32 bytes) ).</li>
 * </ul>
 * recorded_at is the value read back from PostgreSQL ({@code timestamptz}, microseconds); finer digits are
 * dropped (rounded towards the past) before hashing.
 */
public final class AuditHashes {

    public static final String TAG = "guildhall-audit-v1";
    /** The previous link hash of seq 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] TAG_BYTES = TAG.getBytes(StandardCharsets.US_ASCII);

    private AuditHashes() {
    }

    public static String recordHash(RecordContent record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        bytes.writeBytes(TAG_BYTES);
        bytes.writeBytes(ByteBuffer.allocate(16).putLong(record.id()).putLong(epochMicros(record.recordedAt())).array());
        for (String text : new String[] {record.actor(), record.context(), record.action(), record.subject(),
                record.detail()}) {
            writeText(bytes, text);
        }
        return HEX.formatHex(sha256().digest(bytes.toByteArray()));
    }

    /**
     * The hash of the link at {@code seq}.
     *
     * @param previousLinkHash the hash of the link at {@code seq - 1}, or {@link #GENESIS} for seq 1
     * @throws IllegalArgumentException if a hash is not 64 hex digits
     */
    public static String linkHash(String previousLinkHash, long seq, String recordHash) {
        MessageDigest sha256 = sha256();
        sha256.update(parseHash(previousLinkHash));
        sha256.update(ByteBuffer.allocate(8).putLong(seq).array());
        sha256.update(parseHash(recordHash));
        return HEX.formatHex(sha256.digest());
    }

    /** Whether {@code hash} is a hash as stored: 64 lower-case hex digits. */
    public static boolean isHash(String hash) {
        return hash != null && hash.matches("[0-9a-f]{64}");
    }

    /** Microseconds since the epoch, finer digits dropped towards the past (as {@code floor}). */
    public static long epochMicros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void writeText(ByteArrayOutputStream bytes, String text) {
        if (text == null) {
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        bytes.writeBytes(utf8);
    }

    private static byte[] parseHash(String hash) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException("A hash is 64 lower-case hex digits: " + hash);
        }
        return HEX.parseHex(hash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
