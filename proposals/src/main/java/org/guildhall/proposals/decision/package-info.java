/**
 * Decisions: the outcome of a closed vote with its tally and the SHA-256 of the canonical proposal
 * text. Each decision is published as a {@link org.guildhall.proposals.decision.boundary.ProposalDecided}
 * CDI event inside the deciding transaction; other contexts (the chain bridge) observe it there.
 */
package org.guildhall.proposals.decision;
