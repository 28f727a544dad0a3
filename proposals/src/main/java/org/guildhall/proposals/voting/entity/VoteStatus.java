package org.guildhall.proposals.voting.entity;

/** A round is open for ballots, closed with a published result, or cancelled without one. */
public enum VoteStatus {
    OPEN, CLOSED, CANCELLED
}
