package org.guildhall.chainbridge.audit.boundary;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.reconciliation.control.ChainAccounts;
import org.guildhall.chainbridge.reconciliation.control.EventReader;
import org.guildhall.chainbridge.reconciliation.control.OutboxFacts;
import org.guildhall.chainbridge.reconciliation.entity.Difference;
import org.guildhall.registry.audit.boundary.AuditChainCheck.AnchoredHead;
import org.guildhall.registry.audit.entity.ChainFinding;
import org.guildhall.registry.audit.entity.ChainVerification;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * {@code ./guildhall verify-audit}: checks, straight from PostgreSQL and the chain node and trusting neither the
 * portal nor its bridge, that every audit record is in the hash chain unchanged, that every head anchored on chain
 * is the stored chain's head at its seq, and that the contracts' events agree with the outbox and the decisions as
 * stored. Exits 0 when all is well, 1 with every finding listed otherwise, 2 when it cannot check.
 *
 * <p>Reads {@code GUILDHALL_DB_URL}, {@code GUILDHALL_DB_USER}, {@code GUILDHALL_DB_PASSWORD},
 * {@code GUILDHALL_CHAIN_RPC_URL}, {@code GUILDHALL_CHAIN_ID}, the contract addresses if configured
 * ({@code GUILDHALL_CHAIN_GOVERNANCE_LEDGER_ADDRESS}, ...), and {@code GUILDHALL_AUDIT_GRACE_SECONDS} (600).
 */
public final class VerifyAuditCommand {

    private VerifyAuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err));
    }

    public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
        String url = env.get("GUILDHALL_DB_URL");
        String rpc = env.get("GUILDHALL_CHAIN_RPC_URL");
        if (url == null || rpc == null) {
            err.println("verify-audit: set GUILDHALL_DB_URL and GUILDHALL_CHAIN_RPC_URL (./guildhall verify-audit does"
                    + " for the embedded defaults)");
            return 2;
        }
        long chainId = Long.parseLong(env.getOrDefault("GUILDHALL_CHAIN_ID", "31337"));
        Duration grace = Duration.ofSeconds(Long.parseLong(env.getOrDefault("GUILDHALL_AUDIT_GRACE_SECONDS", "600")));
        Web3j web3j = Web3j.build(new HttpService(rpc));
        try (Connection c = DriverManager.getConnection(url, env.getOrDefault("GUILDHALL_DB_USER", "guildhall"),
                env.getOrDefault("GUILDHALL_DB_PASSWORD", ""))) {
            Map<String, String> addresses = addresses(c, chainId, env);
            EventReader reader = new EventReader(web3j);
            return report(out, ChainAccounts.read(c, reader, addresses(c, chainId, env), reader.confirmedHead(1),
                    Instant.now(), grace));
        } catch (SQLException | IOException | RuntimeException e) {
            err.println("verify-audit: could not check: " + e.getMessage());
            return 2;
        } finally {
            web3j.shutdown();
        }
    }

    private static Map<String, String> addresses(Connection c, long chainId, Map<String, String> env) throws SQLException {
        Map<String, String> addresses = new java.util.LinkedHashMap<>(OutboxFacts.deployedAddresses(c, chainId));
        Map.of(ContractArtifact.GOVERNANCE_LEDGER, "GUILDHALL_CHAIN_GOVERNANCE_LEDGER_ADDRESS",
                ContractArtifact.ANCHOR_REGISTRY, "GUILDHALL_CHAIN_ANCHOR_REGISTRY_ADDRESS",
                ContractArtifact.NODE_REGISTRY, "GUILDHALL_CHAIN_NODE_REGISTRY_ADDRESS").forEach((name, key) -> {
                    String configured = env.get(key);
                    if (configured != null && !configured.isBlank()) {
                        addresses.put(name, configured.strip());
                    }
                });
        return addresses;
    }

    private static int report(PrintStream out, ChainAccounts accounts) {
        ChainVerification audit = accounts.audit();
        long newest = accounts.heads().stream().mapToLong(AnchoredHead::seq).max().orElse(0);
        out.printf("audit chain: %d records, %d linked, %d not yet linked; %d heads anchored on chain (newest at seq %d)%n",
                audit.records(), audit.links(), audit.notYetLinked(), accounts.heads().size(), newest);
        for (ChainFinding finding : audit.findings()) {
            out.println("  AUDIT " + finding);
        }
        out.printf("reconciliation: %d outbox entries, %d events on chain%n", accounts.entries(), accounts.events().size());
        for (Difference difference : accounts.chainDifferences()) {
            out.println("  CHAIN " + difference);
        }
        boolean clean = audit.isIntact() && accounts.chainDifferences().isEmpty();
        out.println(clean ? "verify-audit: OK" : "verify-audit: FAILED, " + audit.findings().size()
                + " audit finding(s) and " + accounts.chainDifferences().size() + " chain difference(s)");
        return clean ? 0 : 1;
    }
}
