package org.guildhall.registry.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.registry.audit.entity.ChainAnchor;
import org.guildhall.registry.audit.entity.ChainFinding;
import org.guildhall.registry.audit.entity.ChainFinding.Kind;
import org.guildhall.registry.audit.entity.ChainLink;
import org.guildhall.registry.audit.entity.ChainVerification;
import org.guildhall.registry.audit.entity.RecordContent;

/**
 * Checks the audit hash chain from plain values (read over JPA or JDBC alike): every link follows from
 * the one before, seqs run from 1 without gaps, every linked record is there and still hashes to its
 * link, every record older than the grace window is linked, and every anchor sits on a link (and matches
 * the head the chain holds for it, when given).
 * <p>
 * What it cannot see: a record deleted or changed before it was linked, and a chain rewritten
 * consistently from some seq on, unless an anchor's head on chain covers that seq.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    /**
     * @param now   the time to measure the grace window from
     * @param grace how long a record may wait for its link before it counts as unlinked
     */
    public static ChainVerification verify(Collection<RecordContent> records, Collection<ChainLink> links,
            Collection<ChainAnchor> anchors, Instant now, Duration grace) {
        Map<Long, RecordContent> recordsById = new HashMap<>();
        records.forEach(r -> recordsById.putIfAbsent(r.id(), r));
        List<ChainFinding> findings = new ArrayList<>();
        Map<Long, ChainLink> linksBySeq = new HashMap<>();
        Map<Long, Long> seqsByRecord = new HashMap<>();

        String previous = AuditHashes.GENESIS;
        boolean previousKnown = true;
        long expected = 1;
        for (ChainLink link : links.stream().sorted(Comparator.comparingLong(ChainLink::seq)).toList()) {
            long seq = link.seq();
            if (seq < 1 || linksBySeq.putIfAbsent(seq, link) != null) {
                findings.add(new ChainFinding(Kind.LINK_BROKEN, link.recordId(), seq, seq < 1
                        ? "A link has seq " + seq + "; seqs start at 1"
                        : "Seq " + seq + " is taken by more than one link (record " + link.recordId() + " among them)"));
                continue;
            }
            if (seq > expected) {
                findings.add(new ChainFinding(Kind.SEQ_GAP, null, expected, seq == expected + 1
                        ? "The link at seq " + expected + " is missing"
                        : "The links at seq " + expected + " to " + (seq - 1) + " are missing"));
                previousKnown = false;
            }
            checkLink(link, previousKnown ? previous : null, findings);
            checkRecord(link, recordsById.get(link.recordId()), seqsByRecord, findings);
            previous = link.linkHash();
            previousKnown = AuditHashes.isHash(previous);
            expected = seq + 1;
        }

        Instant unlinkedBefore = now.minus(grace);
        long notYetLinked = 0;
        for (RecordContent record : recordsById.values().stream().sorted(Comparator.comparingLong(RecordContent::id))
                .toList()) {
            if (seqsByRecord.containsKey(record.id())) {
                continue;
            }
            if (record.recordedAt().isBefore(unlinkedBefore)) {
                findings.add(new ChainFinding(Kind.UNLINKED_RECORD, record.id(), null, "Record " + record.id()
                        + ", recorded at " + record.recordedAt() + ", has no link after " + grace));
            } else {
                notYetLinked++;
            }
        }

        anchors.stream().sorted(Comparator.comparingLong(ChainAnchor::seq))
                .forEach(anchor -> checkAnchor(anchor, linksBySeq.get(anchor.seq()), findings));
        return new ChainVerification(findings, recordsById.size(), links.size(), notYetLinked);
    }

    /** @param previous the hash of the link before, null when it is missing */
    private static void checkLink(ChainLink link, String previous, List<ChainFinding> findings) {
        if (!AuditHashes.isHash(link.recordHash()) || !AuditHashes.isHash(link.linkHash())) {
            findings.add(new ChainFinding(Kind.LINK_BROKEN, link.recordId(), link.seq(), "The link at seq "
                    + link.seq() + " (record " + link.recordId() + ") holds something that is not a hash"));
        } else if (previous != null && !AuditHashes.linkHash(previous, link.seq(), link.recordHash())
                .equals(link.linkHash())) {
            findings.add(new ChainFinding(Kind.LINK_BROKEN, link.recordId(), link.seq(), "The link at seq "
                    + link.seq() + " (record " + link.recordId() + ") does not follow from the link before it"));
        }
    }

    private static void checkRecord(ChainLink link, RecordContent record, Map<Long, Long> seqsByRecord,
            List<ChainFinding> findings) {
        Long earlier = seqsByRecord.putIfAbsent(link.recordId(), link.seq());
        if (earlier != null) {
            findings.add(new ChainFinding(Kind.LINK_BROKEN, link.recordId(), link.seq(), "Record " + link.recordId()
                    + " is linked twice, at seq " + earlier + " and " + link.seq()));
        }
        if (record == null) {
            findings.add(new ChainFinding(Kind.RECORD_MISSING, link.recordId(), link.seq(), "Record "
                    + link.recordId() + ", linked at seq " + link.seq() + ", is missing"));
        } else if (!AuditHashes.recordHash(record).equals(link.recordHash())) {
            findings.add(new ChainFinding(Kind.RECORD_CHANGED, record.id(), link.seq(), "Record " + record.id()
                    + ", linked at seq " + link.seq() + ", has changed: it no longer hashes to its link's record hash"));
        }
    }

    private static void checkAnchor(ChainAnchor anchor, ChainLink link, List<ChainFinding> findings) {
        long seq = anchor.seq();
        if (!ChainAnchor.batchIdOf(seq).equals(anchor.batchId())) {
            findings.add(new ChainFinding(Kind.ANCHOR_MISMATCH, null, seq, "The anchor at seq " + seq + " has batch id "
                    + anchor.batchId() + ", not " + ChainAnchor.batchIdOf(seq)));
        }
        if (link == null) {
            findings.add(new ChainFinding(Kind.ANCHOR_MISMATCH, null, seq, "Anchor batch " + anchor.batchId()
                    + " is at seq " + seq + ", which has no link"));
            return;
        }
        String onChain = anchor.onChainHead() == null ? null : hexOf(anchor.onChainHead());
        if (onChain != null && !onChain.equals(link.linkHash())) {
            findings.add(new ChainFinding(Kind.ANCHOR_MISMATCH, link.recordId(), seq, "The chain holds head " + onChain
                    + " for anchor batch " + anchor.batchId() + " (seq " + seq + "), but the link at seq " + seq
                    + " has hash " + link.linkHash()));
        }
    }

    /** A head as the chain gives it (bytes32, perhaps with 0x and in upper case) as stored here. */
    private static String hexOf(String head) {
        String hex = head.startsWith("0x") || head.startsWith("0X") ? head.substring(2) : head;
        return hex.toLowerCase(Locale.ROOT);
    }
}
