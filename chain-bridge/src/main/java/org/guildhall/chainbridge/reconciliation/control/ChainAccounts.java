package org.guildhall.chainbridge.reconciliation.control;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guildhall.chainbridge.audit.control.AuditHeadsOnChain;
import org.guildhall.chainbridge.reconciliation.entity.ChainEvent;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.proposals.decision.boundary.DecisionFacts;
import org.guildhall.registry.audit.boundary.AuditChainCheck;
import org.guildhall.registry.audit.boundary.AuditChainCheck.AnchoredHead;
import org.guildhall.registry.audit.entity.ChainVerification;

/**
 * Every account of what the chain should hold, read and compared in one place, so that the portal's reconciliation
 * and {@code verify-audit} can never check different things: the contracts' events, the outbox, the stored decisions,
 * and the audit hash chain with the heads anchored on chain.
 *
 * @param chainDifferences where the events, the outbox and the decisions disagree
 * @param audit            the audit chain verified against the heads found on chain
 */
public record ChainAccounts(int entries, List<ChainEvent> events, List<AnchoredHead> heads, ChainVerification audit,
                            List<Difference> chainDifferences) {

    /**
     * @param addresses contract name to address
     * @param toBlock   the newest block to read events from
     * @param grace     how long an audit record may wait for its link before it counts as inserted behind its back
     */
    public static ChainAccounts read(Connection c, EventReader reader, Map<String, String> addresses, long toBlock,
                                     Instant now, Duration grace) throws SQLException, IOException {
        var outbox = OutboxFacts.read(c);
        List<ChainEvent> events = reader.read(addresses, toBlock);
        List<AnchoredHead> heads = AuditHeadsOnChain.in(events);
        ChainVerification audit = AuditChainCheck.verify(c, heads, now, grace);
        List<Difference> differences = Reconciler.compare(outbox, events, DecisionDomain.of(DecisionFacts.read(c)));
        return new ChainAccounts(outbox.size(), events, heads, audit, differences);
    }

    /** The chain's differences and the audit chain's findings, as differences. */
    public List<Difference> allDifferences() {
        List<Difference> all = new ArrayList<>(chainDifferences);
        all.addAll(AuditDifferences.of(audit));
        return all;
    }
}
