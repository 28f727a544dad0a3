package org.guildhall.registry.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.guildhall.registry.audit.entity.RecordContent;
import org.junit.jupiter.api.Test;

/**
 * Fixed vectors, computed outside Java (Python's hashlib over struct.pack('>q'/'>i') fields; the first
 * also with printf | sha256sum), and the byte layout spelled out by hand once more.
 */
class AuditHashesTest {

    /** 1740816000123456 microseconds since the epoch. */
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00.123456Z");

    private static RecordContent approved(String detail) {
        return new RecordContent(1, AT, "admin", "registry", "organisation.approved", "42", detail);
    }

    @Test
    void hashesARecordAsTheFixedVectorSays() {
        assertThat(AuditHashes.recordHash(approved("Shenzhen Fintech Lab")))
                .isEqualTo("189215507bcd21ec807a7a00929fbe39a60eadfcf3645ea25667b765b85e81da");
    }

    @Test
    void tellsANullDetailFromAnEmptyOne() {
        assertThat(AuditHashes.recordHash(approved(null)))
                .isEqualTo("6f080de3a7aa5549302709564648af23313a75e94b04f1fcf8c8a68fb9ac18b2");
        assertThat(AuditHashes.recordHash(approved("")))
                .isEqualTo("513b2da519f12d09d88cce3f0e7ff5cddaa17ef5ce4037d3bc0c207bb8cc6867");
    }

    @Test
    void hashesTextAsUtf8AndLargeIdsAndTimesBeforeTheEpochInFull() {
        RecordContent record = new RecordContent(9007199254740993L, Instant.parse("1969-12-31T23:59:59.999999Z"),
                "张三", "onboarding", "node.certified", "did:guildhall:z6Mk", "Zürich ✓");

        assertThat(AuditHashes.recordHash(record))
                .isEqualTo("bbcd022d7607978b3e599fd0bdac66aaa116c849e710366191cef289cdcf9671");
    }

    @Test
    void chainsLinksFromThirtyTwoZeroBytes() {
        String first = AuditHashes.linkHash(AuditHashes.GENESIS, 1,
                "189215507bcd21ec807a7a00929fbe39a60eadfcf3645ea25667b765b85e81da");
        String second = AuditHashes.linkHash(first, 2,
                "6f080de3a7aa5549302709564648af23313a75e94b04f1fcf8c8a68fb9ac18b2");

        assertThat(first).isEqualTo("e3b2cbe080d891f4e95db38bfbe4f59344ab05dd0ace6cb69e7c4e8124f43f9c");
        assertThat(second).isEqualTo("4c457846212bd2fcc83c766ad3c9a264cdabaee68cddd08675293907bf640875");
    }

    @Test
    void hashesTheBytesLaidOutByHand() throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(200);
        bytes.put("guildhall-audit-v1".getBytes(StandardCharsets.US_ASCII)).putLong(1).putLong(1740816000123456L);
        for (String text : new String[] {"admin", "registry", "organisation.approved", "42"}) {
            bytes.putInt(text.length()).put(text.getBytes(StandardCharsets.US_ASCII));
        }
        bytes.putInt(-1);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(java.util.Arrays.copyOf(bytes.array(), bytes.position())));

        assertThat(AuditHashes.recordHash(approved(null))).isEqualTo(expected);
    }

    @Test
    void everyFieldCounts() {
        String hash = AuditHashes.recordHash(approved("d"));

        assertThat(AuditHashes.recordHash(new RecordContent(2, AT, "admin", "registry", "organisation.approved", "42", "d")))
                .isNotEqualTo(hash);
        assertThat(AuditHashes.recordHash(new RecordContent(1, AT.plusNanos(1000), "admin", "registry",
                "organisation.approved", "42", "d"))).isNotEqualTo(hash);
        // the length prefixes keep text from moving between fields
        assertThat(AuditHashes.recordHash(new RecordContent(1, AT, "admi", "nregistry", "organisation.approved", "42", "d")))
                .isNotEqualTo(hash);
        assertThat(AuditHashes.recordHash(new RecordContent(1, AT, "admin", "registry", "organisation.approved", "4", "2d")))
                .isNotEqualTo(hash);
    }

    @Test
    void dropsDigitsFinerThanAMicrosecondTowardsThePast() {
        assertThat(AuditHashes.epochMicros(Instant.parse("2025-03-01T08:00:00.123456999Z"))).isEqualTo(1740816000123456L);
        assertThat(AuditHashes.epochMicros(Instant.parse("1969-12-31T23:59:59.9999995Z"))).isEqualTo(-1);
        assertThat(AuditHashes.recordHash(new RecordContent(1, AT.plusNanos(999), "admin", "registry",
                "organisation.approved", "42", "Shenzhen Fintech Lab")))
                .isEqualTo("189215507bcd21ec807a7a00929fbe39a60eadfcf3645ea25667b765b85e81da");
    }

    @Test
    void refusesALinkOverSomethingThatIsNotAHash() {
        String hash = "189215507bcd21ec807a7a00929fbe39a60eadfcf3645ea25667b765b85e81da";

        assertThatThrownBy(() -> AuditHashes.linkHash(hash.toUpperCase(), 1, hash))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditHashes.linkHash(hash, 1, hash.substring(2) + "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
