package org.guildhall.proposals.proposal.entity;

/** Where a proposal stands. */
public enum ProposalStatus {
    DRAFT, VOTING, DECIDED
}
