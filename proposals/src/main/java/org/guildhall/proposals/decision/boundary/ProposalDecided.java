package org.guildhall.proposals.decision.boundary;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.proposals.decision.entity.Outcome;
import org.guildhall.proposals.voting.entity.Tally;

/**
 * A proposal was decided. Fired synchronously inside the transaction that records the decision, so
 * an observer's writes commit (or roll back) together with it.
 *
 * @param contentHash lower-case hex SHA-256 of the canonical proposal text
 */
public record ProposalDecided(UUID decisionId, UUID proposalId, Outcome outcome, Tally tally,
                              String contentHash, Instant decidedAt) {
}
