package org.guildhall.chainbridge.reconciliation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.FederationChain;
import org.guildhall.chainbridge.reconciliation.control.ChainAccounts;
import org.guildhall.chainbridge.reconciliation.control.DifferenceLedger;
import org.guildhall.chainbridge.reconciliation.control.EventReader;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.chainbridge.reconciliation.entity.ReconciliationStatus;

/**
 * Compares the contracts' events on the node with the outbox and the stored decisions, and keeps what differs
 * as open differences (shown in {@code /health} and to operators) until a run no longer finds them.
 */
@Stateless
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
    /** How long an audit record may wait for its link (linked every few seconds) before it counts as inserted. */
    private static final java.time.Duration AUDIT_GRACE = java.time.Duration.ofMinutes(10);

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;
    @Inject
    ContractDirectory contracts;
    @Inject
    FederationChain chain;
    @Inject
    ChainBridgeConfig config;
    @Inject
    Clock clock;

    /** Runs reconciliation now (the scheduled run, on the bridge's leader). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Difference> run() {
        String instance = ManagementFactory.getRuntimeMXBean().getName();
        try (Connection c = dataSource.getConnection()) {
            try {
                EventReader reader = new EventReader(chain.web3j());
                ChainAccounts accounts = ChainAccounts.read(c, reader, addresses(),
                        reader.confirmedHead(config.confirmations()), Instant.now(clock), AUDIT_GRACE);
                List<Difference> differences = accounts.allDifferences();
                DifferenceLedger.record(c, differences, instance, accounts.events().size(), accounts.entries(),
                        Instant.now(clock));
                if (!differences.isEmpty()) {
                    LOG.severe(() -> "Reconciliation found " + differences.size() + " difference(s) between the chain"
                            + " and the database, first: " + differences.get(0));
                }
                return differences;
            } catch (IOException e) {
                DifferenceLedger.failed(c, instance, "The chain could not be read: " + e.getMessage(), Instant.now(clock));
                throw new IllegalStateException("Reconciliation could not read the chain: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reconciliation could not read the database: " + e.getMessage(), e);
        }
    }

    /** Runs it now, for an operator. */
    @RolesAllowed({"admin", "auditor"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReconciliationStatus reconcileNow() {
        run();
        return status();
    }

    /** The open differences and the last run; readable by anyone in the container ({@code /health} reads it). */
    @PermitAll
    public ReconciliationStatus status() {
        try (Connection c = dataSource.getConnection()) {
            return DifferenceLedger.status(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read reconciliation's results: " + e.getMessage(), e);
        }
    }

    private Map<String, String> addresses() {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String name : List.of(ContractArtifact.GOVERNANCE_LEDGER, ContractArtifact.ANCHOR_REGISTRY,
                ContractArtifact.NODE_REGISTRY)) {
            contracts.knownAddress(name).ifPresent(address -> addresses.put(name, address));
        }
        return addresses;
    }
}
