package org.guildhall.chainbridge.outbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.outbox.control.OutboxStore;
import org.guildhall.proposals.decision.boundary.ProposalDecided;

/**
 * Turns each decision into an outbox entry, inside the transaction that records the decision: the
 * decision and its way to the chain commit together or not at all.
 */
@ApplicationScoped
public class DecisionOutbox {

    public static final String KIND = "DECISION";

    @Inject
    OutboxStore store;

    void onDecided(@Observes ProposalDecided decided) {
        store.enqueue(KIND, decided.decisionId(), ContractArtifact.GOVERNANCE_LEDGER,
                GovernanceLedgerCalls.recordDecision(decided.decisionId(), decided.resultSha256(),
                        decided.outcome().chainCode()));
    }
}
