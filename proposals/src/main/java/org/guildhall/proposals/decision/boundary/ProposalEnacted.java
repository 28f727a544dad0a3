package org.guildhall.proposals.decision.boundary;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * A proposal on an executable track (node admission, domain delegation, parameter change) passed:
 * the context that owns the action carries it out. Fired synchronously inside the transaction that
 * records the decision, after {@link ProposalDecided}; an observer that refuses the action (throws)
 * rolls the closing back, and the closing job retries it.
 *
 * @param action the action as the proposal states it (JSON, read by the owning context), may be null
 */
public record ProposalEnacted(UUID decisionId, UUID proposalId, DecisionKind kind, String action, Instant decidedAt) {
}
