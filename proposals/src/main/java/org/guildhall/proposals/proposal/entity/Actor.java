package org.guildhall.proposals.proposal.entity;

/**
 * In what capacity someone acts on a proposal: as one of its authors, as an editor (role
 * {@code reviewer}), or as the system (scheduled jobs, vote results). An editor may do what an author
 * may; only the system applies what a vote or the clock decided.
 */
public enum Actor {
    AUTHOR, EDITOR, SYSTEM
}
