package org.guildhall.chainbridge.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.CONFIRMED;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.PENDING;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.SIGNED;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.SUBMITTED;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.GovernanceLedgerCalls;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.outbox.boundary.DecisionOutbox;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore.SimulatedCrash;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.utils.Numeric;

/**
 * Exactly-once delivery of outbox entries across crashes, on a real Hardhat node with the
 * federation key in a real SoftHSM token; only the outbox's database is replaced (by
 * {@link InMemoryOutboxStore}, which also stages the crashes).
 *
 * <p>A "fresh delivery" is what a restarted bridge has: new controls and a new connection, but
 * the same outbox rows, HSM key and chain. Each test deploys its own GovernanceLedger, so what the
 * chain holds at the end is that test's doing alone; it is read back directly (eth_call and
 * eth_getLogs), never through the bridge.
 */
class OutboxDeliveryIT {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final int MAX_DELIVER_CALLS = 5;

    private static HardhatNode node;
    private static HsmTransactionSigner signer;

    private final List<HsmBackedChain> connections = new ArrayList<>();
    private MovableClock clock;
    private InMemoryOutboxStore store;
    private String ledger;
    private LedgerReader reader;

    /** One decision to record: its id, its content hash, and its outbox entry once enqueued. */
    private record Decision(UUID id, String contentHash, UUID entry) {
    }

    @BeforeAll
    static void federationSignerWithFundsOnAHardhatNode() {
        node = HardhatNode.start();
        signer = BridgeUnderTest.fundedSigner(node, "it-outbox");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void ownLedgerAndEmptyOutbox() throws IOException {
        clock = new MovableClock(NOW);
        store = new InMemoryOutboxStore(clock);
        ledger = ChainControls.deploy(ChainControls.sender(connectTo(node.rpcUrl())), ContractArtifact.GOVERNANCE_LEDGER);
        reader = new LedgerReader(node, ledger);
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(HsmBackedChain::close);
        connections.clear();
    }

    @Test
    void deliversAPendingDecisionOnceInAFewSteps() throws IOException {
        Decision decision = enqueueDecision();
        OutboxDelivery delivery = freshDelivery();

        assertThat(delivery.due()).containsExactly(decision.entry());
        assertThat(deliverUntilSettled(delivery, decision.entry())).isLessThanOrEqualTo(3);

        assertThat(store.history(decision.entry())).containsExactly(PENDING, SIGNED, SUBMITTED, CONFIRMED);
        assertThat(entry(decision).getConfirmedAt()).isEqualTo(NOW);
        assertThat(delivery.due()).isEmpty();
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void freshDeliverySendsTheStoredTransactionAfterACrashBetweenSigningAndSending() throws IOException {
        Decision decision = enqueueDecision();
        // a signature that was never stored is never sent: the entry is still PENDING
        BigInteger nonce = reader.nextNonce(signer.getAddress());
        store.crashBeforeStoring(SIGNED);
        assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
        assertThat(entry(decision).getStatus()).isEqualTo(PENDING);
        assertThat(reader.nextNonce(signer.getAddress())).as("nothing sent").isEqualTo(nonce);

        store.crashAfterStoring(SIGNED);
        assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);

        OutboxEntry signed = entry(decision);
        assertThat(signed.getStatus()).isEqualTo(SIGNED);
        assertThat(signed.getSignedTx()).startsWith("0x02");
        assertThat(signed.getTxHash()).isEqualTo(Numeric.toHexString(Hash.sha3(Numeric.hexStringToByteArray(signed.getSignedTx()))));
        assertThat(LedgerReader.isNull(node.rpc("eth_getTransactionByHash", signed.getTxHash()))).as("not sent before the crash").isTrue();
        assertThat(reader.isRecorded(decision.id())).isFalse();

        deliverUntilSettled(freshDelivery(), decision.entry());

        OutboxEntry confirmed = entry(decision);
        assertThat(confirmed.getTxHash()).isEqualTo(signed.getTxHash());
        assertThat(confirmed.getNonce()).isEqualTo(signed.getNonce());
        assertThat(store.history(decision.entry())).containsExactly(PENDING, SIGNED, SUBMITTED, CONFIRMED);
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void freshDeliveryWaitsForTheReceiptAfterACrashBetweenSendingAndTheReceipt() throws Exception {
        Decision decision = enqueueDecision();
        String hash = withoutAutomine(() -> {
            store.crashAfterStoring(SUBMITTED);
            assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
            OutboxEntry submitted = entry(decision);
            assertThat(submitted.getStatus()).isEqualTo(SUBMITTED);
            assertThat(LedgerReader.isNull(reader.receipt(submitted.getTxHash()))).as("not mined before the crash").isTrue();

            OutboxDelivery restarted = freshDelivery();
            restarted.deliver(decision.entry());
            assertThat(entry(decision).getStatus()).as("waits while the transaction is pending").isEqualTo(SUBMITTED);
            assertThat(reader.pendingTransactions()).containsExactly(submitted.getTxHash());

            node.rpc("evm_mine");
            restarted.deliver(decision.entry());
            return submitted.getTxHash();
        });

        assertThat(entry(decision).getTxHash()).isEqualTo(hash);
        assertThat(store.history(decision.entry())).containsExactly(PENDING, SIGNED, SUBMITTED, CONFIRMED);
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void freshDeliveryBroadcastsTheStoredTransactionAgainWhenTheNodeHasForgottenIt() throws Exception {
        Decision decision = enqueueDecision();
        String hash = withoutAutomine(() -> {
            store.crashAfterStoring(SUBMITTED);
            assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
            String submitted = entry(decision).getTxHash();
            assertThat(node.rpc("hardhat_dropTransaction", submitted).asBoolean()).isTrue();
            assertThat(reader.pendingTransactions()).isEmpty();

            OutboxDelivery restarted = freshDelivery();
            restarted.deliver(decision.entry());
            assertThat(reader.pendingTransactions()).as("the stored bytes, broadcast again").containsExactly(submitted);

            node.rpc("evm_mine");
            restarted.deliver(decision.entry());
            return submitted;
        });

        assertThat(entry(decision).getTxHash()).isEqualTo(hash);
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void broadcastingAnAlreadyMinedTransactionAgainRecordsNothingTwice() throws IOException {
        Decision decision = enqueueDecision();
        // sent and mined, but the crash loses the step that would have recorded it as SUBMITTED
        store.crashBeforeStoring(SUBMITTED);
        assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
        OutboxEntry signed = entry(decision);
        assertThat(signed.getStatus()).isEqualTo(SIGNED);
        assertThat(reader.receipt(signed.getTxHash()).get("status").asText()).isEqualTo("0x1");

        OutboxDelivery restarted = freshDelivery();
        deliverUntilSettled(restarted, decision.entry());
        assertThat(entry(decision).getTxHash()).isEqualTo(signed.getTxHash());

        // and once more: the confirmed entry forced back to SIGNED is broadcast a third time
        store.forceStatus(decision.entry(), SIGNED);
        deliverUntilSettled(restarted, decision.entry());

        OutboxEntry confirmed = entry(decision);
        assertThat(confirmed.getTxHash()).isEqualTo(signed.getTxHash());
        assertThat(confirmed.getAttempts()).isZero();
        assertThat(confirmed.getLastError()).isNull();
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void recognisesAnEntryWhoseWriteIsOnChainAlreadyInOneRoundAndSendsNothing() throws IOException {
        Decision decision = enqueueDecision();
        deliverUntilSettled(freshDelivery(), decision.entry());
        String written = entry(decision).getTxHash();
        // the entry comes back as PENDING although its write is on chain (a lost receipt, a retry by hand)
        store.change(decision.entry(), e -> e.replay(clock.instant()));

        freshDelivery().deliver(decision.entry());

        OutboxEntry again = entry(decision);
        assertThat(again.getStatus()).as("confirmed in one round, not after 25 failed attempts").isEqualTo(CONFIRMED);
        assertThat(again.getAttempts()).isZero();
        assertThat(again.getSignedTx()).as("nothing signed or sent again").isNull();
        assertThat(again.getLastError()).contains("DuplicateDecision");
        assertThat(written).isNotNull();
        assertThat(reader.isRecorded(decision.id())).isTrue();
        assertLedgerHolds(1);
    }

    @Test
    void broadcastingATransactionAlreadyInThePoolAgainKeepsItThere() throws Exception {
        Decision decision = enqueueDecision();
        String hash = withoutAutomine(() -> {
            store.crashBeforeStoring(SUBMITTED);
            assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
            OutboxEntry signed = entry(decision);
            assertThat(signed.getStatus()).isEqualTo(SIGNED);
            assertThat(reader.pendingTransactions()).containsExactly(signed.getTxHash());

            OutboxDelivery restarted = freshDelivery();
            restarted.deliver(decision.entry());
            assertThat(entry(decision).getStatus()).isEqualTo(SUBMITTED);
            assertThat(reader.pendingTransactions()).containsExactly(signed.getTxHash());

            node.rpc("evm_mine");
            restarted.deliver(decision.entry());
            return signed.getTxHash();
        });

        assertThat(entry(decision).getTxHash()).isEqualTo(hash);
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void waitsWithoutUsingUpAttemptsWhileTheNodeIsDownAndThenDeliversOnce() throws IOException {
        Decision decision = enqueueDecision();
        OutboxDelivery down = deliveryAt(closedPortUrl());

        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS + 5; i++) {
            failOnce(down, decision);
            OutboxEntry waiting = entry(decision);
            assertThat(waiting.getStatus()).isEqualTo(PENDING);
            assertThat(waiting.getAttempts()).as("the chain failed, not the entry").isZero();
            assertThat(waiting.getLastError()).startsWith("ConnectException");
            assertThat(waiting.getNextAttemptAt()).isEqualTo(clock.instant().plusSeconds(5));
            clock.advance(Duration.ofSeconds(5));
        }

        OutboxDelivery up = freshDelivery();
        assertThat(up.due()).containsExactly(decision.entry());
        deliverUntilSettled(up, decision.entry());

        assertThat(entry(decision).getLastError()).isNull();
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void keepsFollowingASubmittedTransactionThroughAnOutageLongerThanAllAttempts() throws IOException {
        Decision decision = enqueueDecision();
        store.crashAfterStoring(SUBMITTED);
        assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
        String hash = entry(decision).getTxHash();
        assertThat(reader.receipt(hash).get("status").asText()).as("mined before the crash").isEqualTo("0x1");

        OutboxDelivery down = deliveryAt(closedPortUrl());
        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS; i++) {
            failOnce(down, decision);
            clock.advance(Duration.between(clock.instant(), entry(decision).getNextAttemptAt()));
        }
        assertThat(entry(decision).getAttempts()).isZero();
        assertThat(entry(decision).getStatus()).as("its transaction is on chain: only the chain can settle it")
                .isEqualTo(SUBMITTED);

        OutboxDelivery up = freshDelivery();
        assertThat(up.due()).containsExactly(decision.entry());
        deliverUntilSettled(up, decision.entry());

        assertThat(entry(decision).getTxHash()).isEqualTo(hash);
        assertRecordedOnce(decision);
        assertLedgerHolds(1);
    }

    @Test
    void signsAgainWithAFreshNonceWhenAnotherTransactionTookItsNonce() throws IOException {
        Decision decision = enqueueDecision();
        store.crashAfterStoring(SIGNED);
        assertThatThrownBy(() -> freshDelivery().deliver(decision.entry())).isInstanceOf(SimulatedCrash.class);
        OutboxEntry signed = entry(decision);

        // another transaction from the same HSM key takes that nonce first
        Decision other = newDecision();
        TransactionSender.SignedTransaction intruder = ChainControls.sender(connectTo(node.rpcUrl())).sign(ledger,
                GovernanceLedgerCalls.recordDecision(other.id(), other.contentHash(), 1), BigInteger.valueOf(signed.getNonce()));
        EthSendTransaction sent = node.web3j().ethSendRawTransaction(intruder.rawHex()).send();
        assertThat(sent.hasError()).as("intruder: %s", sent.getError() == null ? "" : sent.getError().getMessage()).isFalse();
        assertThat(reader.receipt(intruder.hash()).get("status").asText()).isEqualTo("0x1");

        OutboxDelivery restarted = freshDelivery();
        restarted.deliver(decision.entry());
        OutboxEntry resigning = entry(decision);
        assertThat(resigning.getStatus()).isEqualTo(PENDING);
        assertThat(resigning.getSignedTx()).isNull();
        assertThat(resigning.getLastError()).contains("nonce " + signed.getNonce());

        deliverUntilSettled(restarted, decision.entry());

        OutboxEntry confirmed = entry(decision);
        assertThat(confirmed.getTxHash()).isNotEqualTo(signed.getTxHash());
        assertThat(confirmed.getNonce()).isEqualTo(signed.getNonce() + 1);
        assertThat(LedgerReader.isNull(node.rpc("eth_getTransactionByHash", signed.getTxHash()))).isTrue();
        assertThat(store.history(decision.entry())).containsExactly(PENDING, SIGNED, PENDING, SIGNED, SUBMITTED, CONFIRMED);
        assertRecordedOnce(decision);
        assertThat(reader.eventsOf(other.id())).hasSize(1);
        assertLedgerHolds(2);
    }

    // --- the bridge, as a restarted process would have it

    private OutboxDelivery freshDelivery() {
        return deliveryAt(node.rpcUrl());
    }

    private OutboxDelivery deliveryAt(String rpcUrl) {
        ChainBridgeConfig config = ChainControls.config(rpcUrl, HardhatNode.CHAIN_ID, 1, ledger);
        return BridgeUnderTest.delivery(store, config, connectTo(config.rpcUrl()), clock);
    }

    private HsmBackedChain connectTo(String rpcUrl) {
        HsmBackedChain chain = new HsmBackedChain(rpcUrl, signer);
        connections.add(chain);
        return chain;
    }

    // --- driving the bridge

    private Decision newDecision() {
        UUID id = UUID.randomUUID();
        return new Decision(id, HexFormat.of().formatHex(Hash.sha3(id.toString().getBytes(StandardCharsets.UTF_8))), null);
    }

    private Decision enqueueDecision() {
        Decision decision = newDecision();
        OutboxEntry entry = store.enqueue(DecisionOutbox.KIND, decision.id(), ContractArtifact.GOVERNANCE_LEDGER,
                GovernanceLedgerCalls.recordDecision(decision.id(), decision.contentHash(), 1));
        return new Decision(decision.id(), decision.contentHash(), entry.getId());
    }

    private OutboxEntry entry(Decision decision) {
        return store.find(decision.entry()).orElseThrow();
    }

    /** Calls {@code deliver} as the route would until the entry is confirmed; returns how many calls that took. */
    private int deliverUntilSettled(OutboxDelivery delivery, UUID entry) throws IOException {
        for (int calls = 1; calls <= MAX_DELIVER_CALLS; calls++) {
            delivery.deliver(entry);
            if (store.find(entry).orElseThrow().getStatus() == CONFIRMED) {
                return calls;
            }
        }
        throw new AssertionError("Not confirmed after " + MAX_DELIVER_CALLS + " calls: " + store.history(entry));
    }

    /** One round of the route with the node down: the watch cannot ask it, deliver fails, the handler records it. */
    private void failOnce(OutboxDelivery down, Decision decision) throws IOException {
        assertThat(catchThrowable(down::due)).isInstanceOf(java.net.ConnectException.class);
        Throwable failure = catchThrowable(() -> down.deliver(decision.entry()));
        assertThat(failure).isInstanceOf(IOException.class);
        down.attemptFailed(decision.entry(), (Exception) failure);
    }

    private interface ChainStep<T> {
        T run() throws Exception;
    }

    /** Runs {@code step} with mining on demand ({@code evm_mine}), then mines what is left and automines again. */
    private static <T> T withoutAutomine(ChainStep<T> step) throws Exception {
        node.rpc("evm_setAutomine", false);
        try {
            return step.run();
        } finally {
            node.rpc("evm_setAutomine", true);
            node.rpc("evm_mine");
        }
    }

    private static String closedPortUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- reading the chain directly

    /** The entry is CONFIRMED by the receipt of its stored hash, and the chain holds its decision exactly once. */
    private void assertRecordedOnce(Decision decision) {
        OutboxEntry entry = entry(decision);
        assertThat(entry.getStatus()).isEqualTo(CONFIRMED);
        assertThat(entry.getReceiptStatus()).isEqualTo(1);

        JsonNode receipt = reader.receipt(entry.getTxHash());
        assertThat(receipt.get("transactionHash").asText()).isEqualTo(entry.getTxHash());
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
        assertThat(receipt.get("from").asText()).isEqualToIgnoringCase(signer.getAddress());
        assertThat(receipt.get("to").asText()).isEqualToIgnoringCase(ledger);
        assertThat(Numeric.toBigInt(receipt.get("blockNumber").asText()).longValueExact()).isEqualTo(entry.getBlockNumber());

        assertThat(reader.isRecorded(decision.id())).isTrue();
        List<Type> recorded = reader.call(GovernanceLedgerCalls.decisionOf(decision.id()));
        assertThat(HexFormat.of().formatHex((byte[]) recorded.get(0).getValue())).isEqualTo(decision.contentHash());
        assertThat(recorded.get(1).getValue()).isEqualTo(BigInteger.ONE);
        assertThat(recorded.get(3).getValue()).isEqualTo(BigInteger.valueOf(entry.getBlockNumber()));

        JsonNode events = reader.eventsOf(decision.id());
        assertThat(events).as("DecisionRecorded events of %s", decision.id()).hasSize(1);
        assertThat(events.get(0).get("transactionHash").asText()).isEqualTo(entry.getTxHash());
    }

    /** The ledger holds {@code decisions} decisions, and as many DecisionRecorded events. */
    private void assertLedgerHolds(int decisions) {
        assertThat(reader.decisionCount()).isEqualTo(BigInteger.valueOf(decisions));
        assertThat(reader.allEvents()).hasSize(decisions);
    }
}
