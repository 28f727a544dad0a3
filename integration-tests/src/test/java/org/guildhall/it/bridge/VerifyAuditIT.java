package org.guildhall.it.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.guildhall.chainbridge.audit.boundary.VerifyAuditCommand;
import org.guildhall.devstack.PortalProcess;
import org.guildhall.it.dsl.Await;
import org.guildhall.it.dsl.OwnPortals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A portal with the demo's decisions, node changes and audit trail, everything written to the chain and the audit
 * chain's head anchored there. Editing a stored decision and an audit record in PostgreSQL, behind the portal's
 * back, must be caught by the portal's reconciliation ({@code /health/ready}) and by {@code verify-audit}.
 */
class VerifyAuditIT {

    private OwnPortals portals;

    @AfterEach
    void stop() throws InterruptedException {
        if (portals != null) {
            portals.close();
        }
    }

    @Test
    void tamperingWithAStoredDecisionOrAuditRecordIsCaughtByReconciliationAndVerifyAudit() throws Exception {
        portals = OwnPortals.onNewDatabase("audited", Map.of("GUILDHALL_DEMO_ENABLED", "true",
                "GUILDHALL_AUDIT_ANCHOR_MINUTES", "0", "GUILDHALL_CHAIN_RECONCILE_SECONDS", "2"));
        PortalProcess portal = portals.launch("audited");
        portal.awaitLive();
        Await.until("the demo's writes and an audit head confirmed on chain", Duration.ofMinutes(4), this::settled);
        Await.until("a clean reconciliation after that", Duration.ofMinutes(1), () -> Optional.of(ready(portal))
                .filter(r -> r.statusCode() == 200));

        Run before = verifyAudit();
        assertThat(before.exit()).as(before.output()).isZero();
        assertThat(before.output()).contains("verify-audit: OK").containsPattern("\\d+ heads anchored on chain");

        String decision = portals.single("select d.id from proposals.decision d join chainbridge.outbox_entry e"
                + " on e.reference = d.id and e.status = 'CONFIRMED' order by d.decided_at limit 1");
        String record = portals.single("select min(record_id) from audit.audit_link");
        assertThat(decision).isNotNull();
        assertThat(record).isNotNull();
        try (Connection c = portals.connect(); Statement s = c.createStatement()) {
            s.execute("update proposals.decision set result_sha256 = repeat('0', 64) where id = '" + decision + "'");
            s.execute("set session_replication_role = replica");
            s.execute("update audit.audit_record set detail = 'edited behind the portal''s back' where id = " + record);
        }

        Run after = verifyAudit();
        assertThat(after.exit()).as(after.output()).isEqualTo(1);
        assertThat(after.output()).contains("RECORD_CHANGED").containsIgnoringCase("record " + record + ",")
                .contains("DOMAIN_DIFFERS").contains("decision " + decision).contains("verify-audit: FAILED");

        HttpResponse<String> health = Await.until("reconciliation's alert in /health/ready", Duration.ofMinutes(1),
                () -> Optional.of(ready(portal)).filter(r -> r.statusCode() == 503 && r.body().contains("DOMAIN_DIFFERS")));
        assertThat(health.body()).contains("chain-reconciliation").contains("decision " + decision)
                .contains("record " + record);
        System.out.println("verify-audit after tampering:\n" + after.output());
    }

    private record Run(int exit, String output) {
    }

    private Run verifyAudit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = VerifyAuditCommand.run(portals.environment(), print, print);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    /** Nothing in flight, and at least one decision and one audit head confirmed. */
    private Optional<Boolean> settled() {
        String inFlight = portals.single("select count(*) from chainbridge.outbox_entry"
                + " where status in ('PENDING', 'SIGNED', 'SUBMITTED')");
        String decisions = portals.single("select count(*) from chainbridge.outbox_entry"
                + " where kind = 'DECISION' and status = 'CONFIRMED'");
        String heads = portals.single("select count(*) from chainbridge.outbox_entry"
                + " where kind = 'AUDIT_HEAD' and status = 'CONFIRMED'");
        boolean done = "0".equals(inFlight) && decisions != null && !"0".equals(decisions) && heads != null
                && !"0".equals(heads);
        return done ? Optional.of(true) : Optional.empty();
    }

    private static HttpResponse<String> ready(PortalProcess portal) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + portal.port() + "/health/ready")).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
