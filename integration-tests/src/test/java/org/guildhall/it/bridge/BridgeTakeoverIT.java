package org.guildhall.it.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.devstack.PortalProcess;
import org.guildhall.it.dsl.Await;
import org.guildhall.it.dsl.OwnPortals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * Two portal instances on one database, as the README deploys them: one drives the chain bridge; it is killed
 * ({@code kill -9}) while decisions are in flight, and the other takes over. Every decision must then be on chain
 * exactly once, counted from the ledger's events on the node, not from the database.
 *
 * <p>The instances get a database of their own in the test PostgreSQL and a transaction key of their own in the
 * test token, so that nothing else writing to the same chain (the Arquillian portal) shares their nonces.
 */
class BridgeTakeoverIT {

    private static final int DECISIONS = 300;
    private static final String DECISION_RECORDED = Hash.sha3String("DecisionRecorded(bytes32,bytes32,uint8)");

    private OwnPortals portals;

    @AfterEach
    void stopInstances() throws InterruptedException {
        if (portals != null) {
            portals.close();
        }
    }

    @Test
    void theOtherInstanceTakesOverWhenTheLeaderIsKilledAndEveryDecisionIsOnChainOnce() throws Exception {
        portals = OwnPortals.onNewDatabase("takeover", Map.of("GUILDHALL_CHAIN_LEADER_CHECK_MS", "500"));
        PortalProcess first = portals.launch("instance-a");
        PortalProcess second = portals.launch("instance-b");
        first.awaitLive();
        second.awaitLive();

        Leader leader = Await.until("a bridge leader", Duration.ofMinutes(1), () -> leader().filter(l -> l.epoch() > 0));
        PortalProcess leading = leader.instance().startsWith(first.pid() + "@") ? first : second;
        PortalProcess following = leading == first ? second : first;
        assertThat(leader.instance()).startsWith(leading.pid() + "@");

        List<UUID> decisions = enqueueDecisions(DECISIONS);
        Await.until("some decisions confirmed before the kill", Duration.ofMinutes(2),
                () -> Optional.of(portals.countEntries("CONFIRMED")).filter(n -> n >= 30));
        long confirmedBeforeKill = portals.countEntries("CONFIRMED");
        assertThat(confirmedBeforeKill).as("the kill must hit work in flight").isLessThan(DECISIONS);
        long killedAt = System.nanoTime();
        leading.kill();

        Leader next = Await.until("the other instance leading", Duration.ofSeconds(30),
                () -> leader().filter(l -> l.epoch() > leader.epoch()));
        double takeoverSeconds = (System.nanoTime() - killedAt) / 1e9;
        assertThat(next.instance()).startsWith(following.pid() + "@");
        assertThat(takeoverSeconds).as("takeover within seconds").isLessThan(15);

        Await.until("every decision confirmed", Duration.ofMinutes(3),
                () -> Optional.of(portals.countEntries("CONFIRMED")).filter(n -> n == DECISIONS));
        assertThat(portals.countEntries("FAILED")).isZero();

        Map<String, Long> events = decisionEvents(portals.single(
                "select address from chainbridge.contract_deployment where name = 'GovernanceLedger'").trim());
        List<String> expected = decisions.stream()
                .map(d -> Numeric.toHexString(GovernanceLedgerCalls.decisionId(d)).toLowerCase()).toList();
        assertThat(events.keySet()).as("nothing lost, nothing unknown").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events.values()).as("nothing written twice").allMatch(n -> n == 1);
        System.out.printf("takeover: leader killed with %d/%d confirmed; instance %s took over (epoch %d) in %.1f s;"
                + " %d decisions on chain, each once%n", confirmedBeforeKill, DECISIONS, next.instance(), next.epoch(),
                takeoverSeconds, events.size());
    }

    private record Leader(String instance, long epoch) {
    }

    private Optional<Leader> leader() {
        String row = portals.single("select instance || ' ' || epoch from chainbridge.bridge_leader");
        if (row == null) {
            return Optional.empty();
        }
        int space = row.lastIndexOf(' ');
        return Optional.of(new Leader(row.substring(0, space), Long.parseLong(row.substring(space + 1))));
    }

    /** The rows {@code DecisionOutbox} writes with a decision, 100 per transaction. */
    private List<UUID> enqueueDecisions(int count) throws SQLException {
        List<UUID> decisions = new ArrayList<>();
        try (Connection c = portals.connect(); PreparedStatement insert = c.prepareStatement("insert into"
                + " chainbridge.outbox_entry (id, kind, reference, contract, call_data, status, next_attempt_at,"
                + " created_at) values (?, 'DECISION', ?, 'GovernanceLedger', ?, 'PENDING', now(), now())")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID decision = UUID.randomUUID();
                String hash = HexFormat.of().formatHex(Hash.sha3(decision.toString().getBytes(StandardCharsets.UTF_8)));
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, decision);
                insert.setString(3, GovernanceLedgerCalls.recordDecision(decision, hash, 1));
                insert.addBatch();
                decisions.add(decision);
                if (i % 100 == 99) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return decisions;
    }

    // --- the chain, read directly

    /** DecisionRecorded events at the ledger, counted by decision id. */
    private static Map<String, Long> decisionEvents(String ledger) throws IOException {
        Web3j web3j = Web3j.build(new HttpService(System.getenv("GUILDHALL_CHAIN_RPC_URL")));
        try {
            EthFilter filter = new EthFilter(new DefaultBlockParameterNumber(0), DefaultBlockParameterName.LATEST, ledger);
            filter.addSingleTopic(DECISION_RECORDED);
            EthLog logs = web3j.ethGetLogs(filter).send();
            if (logs.hasError()) {
                throw new IOException("eth_getLogs: " + logs.getError().getMessage());
            }
            return logs.getLogs().stream().map(l -> ((EthLog.LogObject) l.get()).getTopics().get(1).toLowerCase())
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        } finally {
            web3j.shutdown();
        }
    }
}
