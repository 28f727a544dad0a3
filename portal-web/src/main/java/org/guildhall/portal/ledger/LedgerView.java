package org.guildhall.portal.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public decision ledger page. */
@Named
@RequestScoped
public class LedgerView {

    @Inject
    DecisionLedger ledger;
    @Inject
    org.guildhall.chainbridge.outbox.boundary.ChainRecords chain;

    private List<DecisionLedger.Entry> entries;

    public List<DecisionLedger.Entry> getEntries() {
        if (entries == null) {
            entries = ledger.entries();
        }
        return entries;
    }

    public long getChainId() {
        return chain.chainId();
    }

    public String getContractAddress() {
        return chain.addressOf("GovernanceLedger").orElse("—");
    }
}
