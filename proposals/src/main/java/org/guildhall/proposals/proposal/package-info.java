/**
 * Improvement proposals as documents, after EIP-1: a preamble and a Markdown body, a number given on
 * entering Review, every edit kept as a revision, a discussion thread, and a timeline of status
 * changes.
 * <p>
 * The {@link org.guildhall.proposals.proposal.entity.Proposal} decides which status changes are
 * allowed and who may ask for them (author, editor, or the system for vote results and inactivity).
 * The boundary adds what needs the database: numbers from a sequence that never reuses one, the
 * editor queue, the stagnation job, and opening the vote when a voted proposal enters Last Call.
 * Voting itself lives in {@code voting}; text rules (preamble, sections, rendering) in {@code document}.
 */
package org.guildhall.proposals.proposal;
