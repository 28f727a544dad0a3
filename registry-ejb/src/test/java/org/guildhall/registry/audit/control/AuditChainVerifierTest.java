package org.guildhall.registry.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.ChainFinding;
import org.guildhall.registry.audit.entity.ChainFinding.Kind;
import org.guildhall.registry.audit.entity.ChainLink;
import org.guildhall.registry.audit.entity.ChainVerification;
import org.guildhall.registry.audit.entity.RecordContent;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00.000001Z");
    private static final Instant NOW = START.plus(Duration.ofDays(1));
    private static final Duration GRACE = Duration.ofMinutes(5);

    private List<RecordContent> records;
    private List<ChainLink> links;
    private List<ChainAnchor> anchors;

    /** Records 1 to 5, linked in id order at seq 1 to 5; anchors at seq 3 (head on chain known) and 5. */
    @BeforeEach
    void aSoundChainOfFive() {
        records = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            records.add(record(id, "detail " + id));
        }
        links = chain(records);
        // the head on chain as a bytes32 comes back with 0x, in whatever case
        ChainAnchor third = ChainAnchor.stored(3, ChainAnchor.batchIdOf(3))
                .withOnChainHead("0x" + links.get(2).linkHash().toUpperCase());
        anchors = new ArrayList<>(List.of(third, ChainAnchor.stored(5, ChainAnchor.batchIdOf(5))));
    }

    @Test
    void findsNothingWrongWithASoundChain() {
        ChainVerification verification = verify();

        assertThat(verification.findings()).isEmpty();
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.records()).isEqualTo(5);
        assertThat(verification.links()).isEqualTo(5);
        assertThat(verification.notYetLinked()).isZero();
    }

    @Test
    void followsSeqNotIdSoALateCommitLinkedLastIsSound() {
        List<RecordContent> inLinkOrder = List.of(records.get(0), records.get(2), records.get(3), records.get(4),
                records.get(1));
        links = chain(inLinkOrder);
        anchors.clear();

        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void findsAChangedRecord() {
        records.set(2, record(3, "detail 3, edited"));

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RECORD_CHANGED);
            assertThat(f.recordId()).isEqualTo(3);
            assertThat(f.seq()).isEqualTo(3);
            assertThat(f.message()).contains("Record 3").contains("seq 3");
        });
    }

    @Test
    void findsARecordWhoseTimeChangedByOneMicrosecond() {
        RecordContent third = records.get(2);
        records.set(2, new RecordContent(3, third.recordedAt().plusNanos(1000), third.actor(), third.context(),
                third.action(), third.subject(), third.detail()));

        assertThat(kinds(verify())).containsExactly(Kind.RECORD_CHANGED);
    }

    @Test
    void findsADeletedRecord() {
        records.remove(1);

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RECORD_MISSING);
            assertThat(f.recordId()).isEqualTo(2);
            assertThat(f.message()).contains("Record 2").contains("seq 2");
        });
    }

    @Test
    void findsARecordInsertedBehindTheChainsBackOnceItIsOlderThanTheGraceWindow() {
        records.add(record(6, "slipped in"));

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNLINKED_RECORD);
            assertThat(f.recordId()).isEqualTo(6);
            assertThat(f.message()).contains("Record 6");
        });
    }

    @Test
    void onlyCountsARecordYoungerThanTheGraceWindowAsNotYetLinked() {
        records.add(new RecordContent(6, NOW.minus(GRACE).plusSeconds(1), "admin", "registry", "x", "s", null));

        ChainVerification verification = verify();

        assertThat(verification.findings()).isEmpty();
        assertThat(verification.notYetLinked()).isEqualTo(1);
    }

    @Test
    void findsLinksSwappedBetweenTwoSeqs() {
        ChainLink second = links.get(1);
        ChainLink third = links.get(2);
        links.set(1, new ChainLink(2, third.recordId(), third.recordHash(), second.linkHash()));
        links.set(2, new ChainLink(3, second.recordId(), second.recordHash(), third.linkHash()));

        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::seq)
                .containsExactly(Tuple.tuple(Kind.LINK_BROKEN, 2L),
                        Tuple.tuple(Kind.LINK_BROKEN, 3L));
    }

    @Test
    void findsARewrittenLinkHashAtItsSeqAndTheNext() {
        ChainLink fourth = links.get(3);
        links.set(3, new ChainLink(4, 4, fourth.recordHash(), AuditHashes.linkHash(AuditHashes.GENESIS, 4,
                fourth.recordHash())));

        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::seq)
                .containsExactly(Tuple.tuple(Kind.LINK_BROKEN, 4L),
                        Tuple.tuple(Kind.LINK_BROKEN, 5L));
    }

    @Test
    void findsALinkHoldingSomethingThatIsNotAHash() {
        ChainLink second = links.get(1);
        links.set(1, new ChainLink(2, 2, second.recordHash().substring(0, 60) + "    ", second.linkHash()));

        assertThat(verify().findings()).extracting(ChainFinding::kind)
                .contains(Kind.LINK_BROKEN).doesNotContain(Kind.SEQ_GAP);
    }

    @Test
    void findsAGapInTheSeqs() {
        links.remove(2);
        records.remove(2);
        anchors.clear();

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SEQ_GAP);
            assertThat(f.seq()).isEqualTo(3);
            assertThat(f.message()).contains("seq 3");
        });
    }

    @Test
    void findsMissingFirstLinksAndSaysWhichSeqs() {
        records = records.subList(3, 5);
        links = new ArrayList<>(links.subList(3, 5));
        anchors.clear();

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SEQ_GAP);
            assertThat(f.message()).contains("seq 1 to 3");
        });
    }

    @Test
    void findsALinkRemovedWithItsRecordLeftUnlinked() {
        links.remove(2);
        anchors.clear();

        assertThat(kinds(verify())).containsExactly(Kind.SEQ_GAP, Kind.UNLINKED_RECORD);
    }

    @Test
    void findsAnAnchorWhoseHeadOnChainDiffersFromItsLink() {
        anchors.set(0, anchors.get(0).withOnChainHead(links.get(1).linkHash()));

        assertThat(verify().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
            assertThat(f.seq()).isEqualTo(3);
            assertThat(f.message()).contains("seq 3").contains(links.get(2).linkHash());
        });
    }

    @Test
    void findsAChainRewrittenConsistentlyOnlyThroughTheHeadOnChain() {
        records.set(1, record(2, "detail 2, edited"));
        links = chain(records);

        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::seq)
                .containsExactly(Tuple.tuple(Kind.ANCHOR_MISMATCH, 3L));
        anchors.set(0, ChainAnchor.stored(3, ChainAnchor.batchIdOf(3)));
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void findsAnAnchorWithoutALinkOrWithAnotherBatchId() {
        anchors.add(ChainAnchor.stored(9, ChainAnchor.batchIdOf(9)));
        anchors.add(ChainAnchor.stored(4, ChainAnchor.batchIdOf(5)));

        assertThat(verify().findings()).extracting(ChainFinding::kind, ChainFinding::seq)
                .containsExactly(Tuple.tuple(Kind.ANCHOR_MISMATCH, 4L),
                        Tuple.tuple(Kind.ANCHOR_MISMATCH, 9L));
    }

    @Test
    void derivesBatchIdsAsVersion3UuidsOfTheSeq() {
        UUID id = ChainAnchor.batchIdOf(42);

        assertThat(id.version()).isEqualTo(3);
        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes("guildhall.audit:42".getBytes(StandardCharsets.UTF_8)));
        // MD5("guildhall.audit:42") = 04fd150f30fc4e0652759507e7b231f3 (python3 hashlib), version and variant set
        assertThat(id.toString()).isEqualTo("04fd150f-30fc-3e06-9275-9507e7b231f3");
    }

    private ChainVerification verify() {
        return AuditChainVerifier.verify(records, links, anchors, NOW, GRACE);
    }

    private static List<Kind> kinds(ChainVerification verification) {
        return verification.findings().stream().map(ChainFinding::kind).toList();
    }

    private static RecordContent record(long id, String detail) {
        return new RecordContent(id, START.plusSeconds(id), "admin", "registry", "organisation.approved",
                Long.toString(40 + id), detail);
    }

    /** Links the records in the given order, as the linker does. */
    private static List<ChainLink> chain(List<RecordContent> inOrder) {
        List<ChainLink> chain = new ArrayList<>();
        String previous = AuditHashes.GENESIS;
        for (int i = 0; i < inOrder.size(); i++) {
            String recordHash = AuditHashes.recordHash(inOrder.get(i));
            previous = AuditHashes.linkHash(previous, i + 1, recordHash);
            chain.add(new ChainLink(i + 1, inOrder.get(i).id(), recordHash, previous));
        }
        return chain;
    }
}
