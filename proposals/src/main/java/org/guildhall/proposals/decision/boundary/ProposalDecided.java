package org.guildhall.proposals.decision.boundary;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.proposals.decision.entity.Outcome;

/**
 * A proposal was decided. Fired synchronously inside the transaction that records the decision, so
 * an observer's writes commit (or roll back) together with it.
 *
 * @param resultSha256 lower-case hex SHA-256 of the published result document: what goes on chain
 * @param contentHash  lower-case hex SHA-256 of the canonical proposal text that was voted on
 */
public record ProposalDecided(UUID decisionId, UUID proposalId, Integer proposalNumber, Outcome outcome,
                              String resultSha256, String contentHash, Instant decidedAt) {
}
