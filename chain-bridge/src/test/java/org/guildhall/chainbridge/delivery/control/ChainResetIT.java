package org.guildhall.chainbridge.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.CONFIRMED;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.SUBMITTED;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.chain.control.TargetHaltedException;
import org.guildhall.chainbridge.outbox.boundary.DecisionOutbox;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

/**
 * The chain is reset under a running bridge ({@code hardhat_reset}: what a restarted dev chain is, an empty chain
 * with the same id). A write must never count as done when it reached no contract, and a dev chain gets its
 * contracts and every write back.
 */
class ChainResetIT {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    private static HardhatNode node;
    private static HsmTransactionSigner signer;

    private final List<HsmBackedChain> connections = new ArrayList<>();
    private MovableClock clock;
    private InMemoryOutboxStore store;

    @BeforeAll
    static void startNode() {
        node = HardhatNode.start();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void freshChainAndOutbox() {
        node.rpc("hardhat_reset");
        signer = BridgeUnderTest.fundedSigner(node, "it-reset");
        clock = new MovableClock(NOW);
        store = new InMemoryOutboxStore(clock);
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(HsmBackedChain::close);
        connections.clear();
    }

    @Test
    void neverConfirmsAWriteToAConfiguredAddressThatLostItsCode() throws IOException {
        HsmBackedChain chain = connect();
        String ledger = ChainControls.deploy(ChainControls.sender(chain), ContractArtifact.GOVERNANCE_LEDGER);
        ChainBridgeConfig config = ChainControls.config(node.rpcUrl(), HardhatNode.CHAIN_ID, 1, ledger);
        OutboxDelivery delivery = BridgeUnderTest.delivery(store, config, chain, clock);
        UUID before = enqueueDecision();
        settle(delivery, before);

        node.rpc("hardhat_reset");
        node.setBalance(signer.getAddress(), HardhatNode.ETHER.multiply(BigInteger.TEN));
        assertThat(node.rpc("eth_getCode", ledger, "latest").asText()).isEqualTo("0x");
        UUID after = enqueueDecision();
        // Within the watch's interval nothing has looked at the chain yet: the entry is signed and sent to an
        // address without code, where it is mined with status 1 and no effect.
        for (int i = 0; i < 3; i++) {
            catchThrowable(() -> delivery.deliver(after));
        }
        OutboxEntry sent = store.find(after).orElseThrow();
        assertThat(node.rpc("eth_getTransactionReceipt", sent.getTxHash()).get("status").asText()).isEqualTo("0x1");
        assertThat(sent.getStatus()).as("mined without the ledger's event: not confirmed").isEqualTo(SUBMITTED);

        Throwable halted = catchThrowable(delivery::due);
        assertThat(halted).isInstanceOf(TargetHaltedException.class).hasMessageContaining("no code at " + ledger);
        delivery.attemptFailed(after, (Exception) halted);
        assertThat(store.find(after).orElseThrow().getAttempts()).as("the chain's fault, not the entry's").isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(catchThrowable(delivery::due)).as("halted until the contract is back")
                .isInstanceOf(TargetHaltedException.class);
        assertThat(store.find(after).orElseThrow().getStatus()).isEqualTo(SUBMITTED);
    }

    @Test
    void replaysEveryWriteOntoADevChainResetUnderTheRunningBridge() throws IOException {
        ChainBridgeConfig config = ChainControls.devChain(node.rpcUrl(), HardhatNode.CHAIN_ID);
        OutboxDelivery delivery = BridgeUnderTest.devChainDelivery(store, config, connect(), clock);
        UUID first = enqueueDecision();
        UUID second = enqueueDecision();
        drain(delivery);
        String ledger = delivery.contracts.knownAddress(ContractArtifact.GOVERNANCE_LEDGER).orElseThrow();
        assertThat(new LedgerReader(node, ledger).decisionCount()).isEqualTo(BigInteger.TWO);

        node.rpc("hardhat_reset");
        assertThat(node.rpc("eth_getBalance", signer.getAddress(), "latest").asText()).isEqualTo("0x0");
        UUID third = enqueueDecision();
        clock.advance(Duration.ofSeconds(6));
        drain(delivery);

        String again = delivery.contracts.knownAddress(ContractArtifact.GOVERNANCE_LEDGER).orElseThrow();
        LedgerReader reader = new LedgerReader(node, again);
        assertThat(reader.decisionCount()).as("every write, on the new chain").isEqualTo(BigInteger.valueOf(3));
        for (UUID entry : List.of(first, second, third)) {
            UUID decision = store.find(entry).orElseThrow().getReference();
            assertThat(reader.eventsOf(decision)).as("decision %s recorded once", decision).hasSize(1);
            assertThat(store.find(entry).orElseThrow().getStatus()).isEqualTo(CONFIRMED);
        }
    }

    private HsmBackedChain connect() {
        HsmBackedChain chain = new HsmBackedChain(node.rpcUrl(), signer);
        connections.add(chain);
        return chain;
    }

    private UUID enqueueDecision() {
        UUID id = UUID.randomUUID();
        String hash = HexFormat.of().formatHex(Hash.sha3(id.toString().getBytes(StandardCharsets.UTF_8)));
        return store.enqueue(DecisionOutbox.KIND, id, ContractArtifact.GOVERNANCE_LEDGER,
                GovernanceLedgerCalls.recordDecision(id, hash, 1)).getId();
    }

    private void settle(OutboxDelivery delivery, UUID entry) throws IOException {
        for (int i = 0; i < 5 && store.find(entry).orElseThrow().getStatus() != CONFIRMED; i++) {
            delivery.deliver(entry);
        }
        assertThat(store.find(entry).orElseThrow().getStatus()).isEqualTo(CONFIRMED);
    }

    /** Polls and delivers as the route does, until nothing is due. */
    private void drain(OutboxDelivery delivery) throws IOException {
        for (int round = 0; round < 20; round++) {
            List<UUID> due = delivery.due();
            if (due.isEmpty()) {
                return;
            }
            for (UUID entry : due) {
                delivery.deliver(entry);
            }
        }
        throw new AssertionError("Still due after 20 rounds: " + delivery.due());
    }
}
