package org.guildhall.chainbridge.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.CONFIRMED;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.PENDING;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.SIGNED;
import static org.guildhall.chainbridge.outbox.entity.OutboxStatus.SUBMITTED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.guildhall.chainbridge.anchoring.boundary.AnchorBoundaries;
import org.guildhall.chainbridge.anchoring.boundary.AnchorOutbox;
import org.guildhall.chainbridge.anchoring.boundary.AnchorRecords;
import org.guildhall.chainbridge.anchoring.control.AnchorControls;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.chainbridge.anchoring.entity.OnChainAnchor;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.MovableClock;
import org.guildhall.registry.anchoring.boundary.AnchorBatchSealed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * Registry anchors on their way to a real Hardhat node, signed by the federation key in a real SoftHSM
 * token, through the bridge's real Camel route (the outbox route with the shared error handling); only
 * the outbox's database is replaced by {@link InMemoryOutboxStore}. Each test deploys its own
 * GovernanceLedger and AnchorRegistry, and reads the chain back through {@link AnchorRecords#readOnChain}
 * and directly (eth_getLogs).
 */
class AnchorDeliveryIT {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);
    private static final String BATCH_ANCHORED = EventEncoder.encode(new Event("BatchAnchored", List.of(
            new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>() { }, new TypeReference<Uint64>() { })));

    private static HardhatNode node;
    private static HsmTransactionSigner signer;

    private final List<HsmBackedChain> connections = new ArrayList<>();
    private final List<CamelContext> camels = new ArrayList<>();
    private InMemoryOutboxStore store;
    private String ledger;
    private String registry;
    private ChainBridgeConfig config;

    @BeforeAll
    static void federationSignerWithFundsOnAHardhatNode() {
        node = HardhatNode.start();
        signer = BridgeUnderTest.fundedSigner(node, "it-anchor");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void ownContractsAndEmptyOutbox() throws IOException {
        store = new InMemoryOutboxStore(new MovableClock(NOW));
        TransactionSender sender = ChainControls.sender(connect());
        ledger = ChainControls.deploy(sender, ContractArtifact.GOVERNANCE_LEDGER);
        registry = ChainControls.deploy(sender, ContractArtifact.ANCHOR_REGISTRY);
        config = ChainControls.config(node.rpcUrl(), HardhatNode.CHAIN_ID, 1, ledger, registry);
    }

    @AfterEach
    void stopBridges() {
        camels.forEach(CamelContext::stop);
        camels.clear();
        connections.forEach(HsmBackedChain::close);
        connections.clear();
    }

    @Test
    void anchorsASealedBatchThroughTheOutboxRouteAndReadsItsRootBackFromTheChain() throws Exception {
        UUID batch = UUID.randomUUID();
        String root = randomRoot();
        AnchorBoundaries.fire(AnchorBoundaries.outbox(store), new AnchorBatchSealed(batch, root, 37, NOW));
        AnchorRecords records = records();
        assertThat(records.readOnChain(batch)).as("before delivery").isEmpty();
        assertThat(records.statusOf(batch).map(AnchorStatus::status)).contains("pending");

        startBridge();
        awaitStatus(batch, CONFIRMED);

        OutboxEntry entry = anchorEntry(batch);
        assertThat(store.history(entry.getId())).containsExactly(PENDING, SIGNED, SUBMITTED, CONFIRMED);
        OnChainAnchor onChain = records.readOnChain(batch).orElseThrow();
        assertThat(onChain.rootHex()).isEqualTo(root);
        assertThat(onChain.size()).isEqualTo(37);
        assertThat(onChain.blockNumber()).isEqualTo(entry.getBlockNumber());
        assertThat(onChain.contractAddress()).isEqualToIgnoringCase(registry);
        assertThat(onChain.anchoredAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));

        AnchorStatus status = records.statusOf(batch).orElseThrow();
        assertThat(status.isConfirmed()).isTrue();
        assertThat(status.txHash()).isEqualTo(entry.getTxHash());
        assertThat(status.blockNumber()).isEqualTo(entry.getBlockNumber());
        JsonNode receipt = node.rpc("eth_getTransactionReceipt", entry.getTxHash());
        assertThat(receipt.get("status").asText()).isEqualTo("0x1");
        assertThat(receipt.get("from").asText()).isEqualToIgnoringCase(signer.getAddress());
        assertThat(receipt.get("to").asText()).isEqualToIgnoringCase(registry);
        assertAnchoredOnce(batch, root, 37, entry.getTxHash());
    }

    @Test
    void aDuplicateAnchorIsRefusedByTheContractAndTheBatchStaysAnchoredOnce() throws Exception {
        UUID batch = UUID.randomUUID();
        String root = randomRoot();
        AnchorBoundaries.fire(AnchorBoundaries.outbox(store), new AnchorBatchSealed(batch, root, 5, NOW));
        startBridge();
        awaitStatus(batch, CONFIRMED);
        OutboxEntry first = anchorEntry(batch);

        // the federation signer itself tries to anchor the batch again, with another root: the chain refuses
        TransactionSender sender = ChainControls.sender(connect());
        assertThatThrownBy(() -> sender.sign(registry, AnchorRegistryCalls.anchor(batch, randomRoot(), 5), sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("DuplicateBatch(bytes32)"));

        // the entry is delivered again (an operator's replay onto the same chain): the contract's refusal says the
        // batch is there already, so the entry is confirmed at once and nothing is written twice
        store.forceStatus(first.getId(), PENDING);
        awaitStatus(batch, CONFIRMED);
        OutboxEntry replayed = anchorEntry(batch);
        assertThat(replayed.getAttempts()).as("no failed attempts").isZero();
        assertThat(replayed.getLastError()).contains("DuplicateBatch");

        assertThat(records().readOnChain(batch).orElseThrow().rootHex()).isEqualTo(root);
        assertAnchoredOnce(batch, root, 5, first.getTxHash());
    }

    @Test
    void theContractRefusesAZeroRootAZeroSizeAndAnyoneButTheFederationSigner() throws Exception {
        TransactionSender sender = ChainControls.sender(connect());
        UUID batch = UUID.randomUUID();
        String zeroRoot = "00".repeat(32);
        assertThatThrownBy(() -> sender.sign(registry, AnchorRegistryCalls.anchor(batch, zeroRoot, 1), sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("ZeroRoot()"));
        String zeroSize = FunctionEncoder.encode(new org.web3j.abi.datatypes.Function("anchor", List.of(
                new Bytes32(AnchorRegistryCalls.batchId(batch)), new Bytes32(HexFormat.of().parseHex(randomRoot())),
                new Uint64(0)), List.of()));
        assertThatThrownBy(() -> sender.sign(registry, zeroSize, sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("ZeroSize()"));

        String stranger = node.rpc("eth_accounts").get(0).asText();
        assertThatThrownBy(() -> node.rpc("eth_sendTransaction", Map.of("from", stranger, "to", registry,
                "data", AnchorRegistryCalls.anchor(batch, randomRoot(), 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(customError("NotFederationSigner()"));

        assertThat(records().readOnChain(batch)).isEmpty();
        assertThat(events(batch)).isEmpty();
    }

    @Test
    void readingTheChainWhileTheNodeIsDownSaysSoInsteadOfClaimingNothingIsAnchored() throws IOException {
        String down;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            down = "http://127.0.0.1:" + socket.getLocalPort();
        }
        HsmBackedChain chain = new HsmBackedChain(down, signer);
        connections.add(chain);
        ContractDirectory contracts = ChainControls.directory(
                ChainControls.config(down, HardhatNode.CHAIN_ID, 1, ledger, registry), chain, ChainControls.sender(chain));
        AnchorRecords records = AnchorBoundaries.records(store, contracts, AnchorControls.reader(contracts, chain));

        assertThatThrownBy(() -> records.readOnChain(UUID.randomUUID()))
                .isInstanceOf(org.guildhall.chainbridge.anchoring.entity.ChainUnavailableException.class);
    }

    // --- the bridge, as ChainBridgeStartup runs it

    private void startBridge() throws Exception {
        camels.add(BridgeUnderTest.startRoute(
                BridgeUnderTest.delivery(store, config, connect(), java.time.Clock.systemUTC())));
    }

    private AnchorRecords records() {
        HsmBackedChain chain = connect();
        ContractDirectory contracts = ChainControls.directory(config, chain, ChainControls.sender(chain));
        return AnchorBoundaries.records(store, contracts, AnchorControls.reader(contracts, chain));
    }

    private HsmBackedChain connect() {
        HsmBackedChain chain = new HsmBackedChain(node.rpcUrl(), signer);
        connections.add(chain);
        return chain;
    }

    private OutboxEntry anchorEntry(UUID batch) {
        return store.byKindAndReference(AnchorOutbox.KIND, batch).orElseThrow();
    }

    private void awaitStatus(UUID batch, OutboxStatus status) throws InterruptedException {
        await(() -> anchorEntry(batch).getStatus() == status,
                () -> "entry of " + batch + " not " + status + ": " + store.history(anchorEntry(batch).getId())
                        + " " + anchorEntry(batch).getLastError());
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> failure) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(failure.get());
    }

    // --- reading the chain directly

    private void assertAnchoredOnce(UUID batch, String root, long size, String txHash) {
        JsonNode events = events(batch);
        assertThat(events).as("BatchAnchored events of %s", batch).hasSize(1);
        assertThat(events.get(0).get("transactionHash").asText()).isEqualTo(txHash);
        assertThat(events.get(0).get("data").asText()).isEqualTo("0x" + root + String.format("%064x", size));
        JsonNode all = node.rpc("eth_getLogs", Map.of("address", registry, "fromBlock", "0x0", "toBlock", "latest",
                "topics", List.of(BATCH_ANCHORED)));
        assertThat(all).as("every BatchAnchored event of this test's registry").hasSize(1);
        String count = node.rpc("eth_call", Map.of("to", registry, "data", FunctionEncoder.encode(
                new org.web3j.abi.datatypes.Function("anchorCount", List.of(), List.of()))), "latest").asText();
        assertThat(Numeric.toBigInt(count)).isEqualTo(BigInteger.ONE);
    }

    private JsonNode events(UUID batch) {
        return node.rpc("eth_getLogs", Map.of("address", registry, "fromBlock", "0x0", "toBlock", "latest",
                "topics", List.of(BATCH_ANCHORED, Numeric.toHexString(AnchorRegistryCalls.batchId(batch)))));
    }

    /** The selector of a custom error, as hex without 0x: Hardhat names an unknown contract's error by it. */
    private static String customError(String signature) {
        return org.web3j.crypto.Hash.sha3String(signature).substring(2, 10);
    }

    private static String randomRoot() {
        byte[] root = new byte[32];
        new SecureRandom().nextBytes(root);
        root[0] |= 1;
        return HexFormat.of().formatHex(root);
    }
}
