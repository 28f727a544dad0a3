package org.guildhall.proposals.document.entity;

/** What a Standards Track proposal changes. Required for {@link ProposalType#STANDARDS_TRACK}, forbidden otherwise. */
public enum Category {
    /** Consensus, ledger and node behaviour every node must follow. */
    CORE,
    /** Peer-to-peer protocols between nodes. */
    NETWORKING,
    /** APIs and formats clients use (DID methods, REST, identifiers). */
    INTERFACE,
    /** Application-level conventions built on the above. */
    APPLICATION
}
