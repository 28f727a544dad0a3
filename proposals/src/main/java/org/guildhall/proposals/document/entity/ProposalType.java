package org.guildhall.proposals.document.entity;

/** The kind of a proposal, as in EIP-1. Only a Standards Track proposal carries a {@link Category}. */
public enum ProposalType {

    /** Changes every conforming node or application must implement; needs a {@link Category}. */
    STANDARDS_TRACK,
    /** Changes to the federation's process, tools or rules; not about node software. */
    META,
    /** Guidelines and information; implementers may ignore it. */
    INFORMATIONAL;

    public boolean requiresCategory() {
        return this == STANDARDS_TRACK;
    }
}
