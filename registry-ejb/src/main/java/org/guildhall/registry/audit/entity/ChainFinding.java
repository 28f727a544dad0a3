package org.guildhall.registry.audit.entity;

import java.util.Objects;

/**
 * Something wrong with the audit hash chain, for people to read.
 *
 * @param recordId the record concerned, null when none is
 * @param seq      the link concerned, null when none is
 */
public record ChainFinding(Kind kind, Long recordId, Long seq, String message) {

    public enum Kind {
        /** A linked record no longer hashes to the record hash its link holds. */
        RECORD_CHANGED,
        /** A link names a record that is not there. */
        RECORD_MISSING,
        /** A link's hash does not follow from the previous link, its seq and its record hash. */
        LINK_BROKEN,
        /** Links are missing between two seqs (or before the first). */
        SEQ_GAP,
        /** A record older than the grace window has no link: inserted behind the chain's back, or never linked. */
        UNLINKED_RECORD,
        /** An anchor does not match the link at its seq (or its batch id, or its head on chain). */
        ANCHOR_MISMATCH
    }

    public ChainFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
