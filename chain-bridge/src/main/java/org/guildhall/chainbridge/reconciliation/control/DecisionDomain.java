package org.guildhall.chainbridge.reconciliation.control;

import java.util.List;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.reconciliation.entity.DomainFact;
import org.guildhall.proposals.decision.entity.DecisionFact;
import org.web3j.utils.Numeric;

/** The decisions as stored, as the ledger must hold them: result hash and outcome code, keyed by the ledger's id. */
public final class DecisionDomain {

    private DecisionDomain() {
    }

    public static List<DomainFact> of(List<DecisionFact> decisions) {
        return decisions.stream().map(DecisionDomain::of).toList();
    }

    static DomainFact of(DecisionFact decision) {
        String id = Numeric.toHexString(GovernanceLedgerCalls.decisionId(decision.decisionId())).toLowerCase();
        String content = (decision.resultSha256() == null ? "" : decision.resultSha256())
                + String.format("%064x", decision.outcomeCode());
        String description = "decision " + decision.decisionId();
        String problem = decision.documentDiffers() ? "the stored result document hashes to " + decision.documentSha256()
                + ", not to its stored result hash " + decision.resultSha256() : null;
        return new DomainFact(ContractArtifact.GOVERNANCE_LEDGER, id, content, description, problem);
    }
}
