package org.guildhall.proposals.voting.entity;

/** The options of a ballot in the minimal governance slice. */
public enum VoteChoice {
    YES, NO, ABSTAIN
}
