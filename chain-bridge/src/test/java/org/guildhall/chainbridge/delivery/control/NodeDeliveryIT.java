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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.guildhall.chainbridge.chain.control.ChainBridgeConfig;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.NodeRegistryCalls;
import org.guildhall.chainbridge.chain.control.TransactionSender;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.guildhall.chainbridge.nodes.boundary.NodeAllowListOutbox;
import org.guildhall.chainbridge.nodes.boundary.NodeBoundaries;
import org.guildhall.chainbridge.nodes.boundary.NodeChainStatus;
import org.guildhall.chainbridge.nodes.control.NodeControls;
import org.guildhall.chainbridge.nodes.entity.NodeOnChain;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;
import org.guildhall.chainbridge.signing.control.HsmTransactionSigner;
import org.guildhall.chainbridge.testsupport.HardhatNode;
import org.guildhall.chainbridge.testsupport.MovableClock;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint16;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/**
 * Node allow-list changes on their way to a real Hardhat node, signed by the federation key in a real
 * SoftHSM token, through the bridge's real Camel route; only the outbox's database is replaced by
 * {@link InMemoryOutboxStore}. Each test deploys its own GovernanceLedger and NodeRegistry, and reads
 * the chain back through {@link NodeChainStatus#onChain} (eth_call of connectionAllowed and nodeStatus)
 * and directly (eth_getLogs).
 */
class NodeDeliveryIT {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);
    private static final String HOST = "node-7.guild.example";
    private static final int PORT = 30303;
    private static final String NODE_ADMITTED = EventEncoder.encode(new Event("NodeAdmitted", List.of(
            new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>() { },
            new TypeReference<Bytes32>() { }, new TypeReference<Utf8String>() { }, new TypeReference<Uint16>() { })));
    private static final String NODE_STATUS_CHANGED = EventEncoder.encode(new Event("NodeStatusChanged", List.of(
            new TypeReference<Bytes32>(true) { }, new TypeReference<Bytes32>(true) { }, new TypeReference<Uint8>() { },
            new TypeReference<Uint8>() { })));

    private static HardhatNode node;
    private static HsmTransactionSigner signer;

    private final List<HsmBackedChain> connections = new ArrayList<>();
    private final List<CamelContext> camels = new ArrayList<>();
    private MovableClock clock;
    private InMemoryOutboxStore store;
    private NodeAllowListOutbox outbox;
    private String registry;
    private ChainBridgeConfig config;

    @BeforeAll
    static void federationSignerWithFundsOnAHardhatNode() {
        node = HardhatNode.start();
        signer = BridgeUnderTest.fundedSigner(node, "it-node");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @BeforeEach
    void ownContractsAndEmptyOutbox() throws IOException {
        clock = new MovableClock(NOW);
        store = new InMemoryOutboxStore(clock);
        outbox = NodeBoundaries.outbox(store);
        TransactionSender sender = ChainControls.sender(connect());
        String ledger = ChainControls.deploy(sender, ContractArtifact.GOVERNANCE_LEDGER);
        registry = ChainControls.deploy(sender, ContractArtifact.NODE_REGISTRY);
        config = ChainControls.config(node.rpcUrl(), HardhatNode.CHAIN_ID, 1, ledger, null, registry);
    }

    @AfterEach
    void stopBridges() {
        camels.forEach(CamelContext::stop);
        camels.clear();
        connections.forEach(HsmBackedChain::close);
        connections.clear();
    }

    @Test
    void anAdmittedNodeMayConnectOnlyFromItsHostAndPortAndEveryLaterChangeTakesEffect() throws Exception {
        String enode = randomEnode();
        NodeChainStatus status = status();
        assertThat(status.onChain(enode, HOST, PORT).status()).as("before delivery").isEqualTo(AllowListStatus.UNKNOWN);
        startBridge();

        UUID admitted = deliver(enode, Change.ADMITTED, HOST, PORT);
        assertThat(store.history(entry(admitted).getId())).containsExactly(PENDING, SIGNED, SUBMITTED, CONFIRMED);
        NodeOnChain read = status.onChain(enode, HOST, PORT);
        assertThat(read.availability()).isEqualTo(NodeOnChain.Availability.READ);
        assertThat(read.connectionAllowed()).isTrue();
        assertThat(read.status()).isEqualTo(AllowListStatus.ALLOWED);
        assertThat(read.registeredHost()).isEqualTo(HOST);
        assertThat(read.registeredPort()).isEqualTo(PORT);
        assertThat(read.lastChangeId()).isEqualTo(admitted);
        assertThat(read.changedAt()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(read.contractAddress()).isEqualToIgnoringCase(registry);
        assertThat(status.deliveryOf(admitted).orElseThrow().isConfirmed()).isTrue();

        assertThat(status.onChain(enode, HOST, PORT + 1).connectionAllowed()).as("another port").isFalse();
        assertThat(status.onChain(enode, "node-8.guild.example", PORT).connectionAllowed()).as("another host").isFalse();
        assertThat(status.onChain(enode, HOST.toUpperCase(), PORT).connectionAllowed()).as("host in capitals").isTrue();
        assertThat(status.onChain("0x" + enode.toUpperCase(), HOST, PORT).connectionAllowed()).as("0x, capitals").isTrue();
        NodeOnChain stranger = status.onChain(randomEnode(), HOST, PORT);
        assertThat(stranger.connectionAllowed()).as("unknown node").isFalse();
        assertThat(stranger.status()).isEqualTo(AllowListStatus.UNKNOWN);
        assertThat(stranger.registeredHost()).isNull();
        assertThat(connectionAllowed(enode.substring(2), HOST, PORT)).as("a malformed enode id").isFalse();

        UUID suspended = deliver(enode, Change.SUSPENDED, HOST, PORT);
        assertThat(status.onChain(enode, HOST, PORT).connectionAllowed()).as("suspended").isFalse();
        assertThat(status.onChain(enode, HOST, PORT).status()).isEqualTo(AllowListStatus.SUSPENDED);
        assertThat(status.onChain(enode, HOST, PORT).lastChangeId()).isEqualTo(suspended);

        deliver(enode, Change.REINSTATED, HOST, PORT);
        assertThat(status.onChain(enode, HOST, PORT).connectionAllowed()).as("reinstated").isTrue();

        deliver(enode, Change.REVOKED, HOST, PORT);
        assertThat(status.onChain(enode, HOST, PORT).connectionAllowed()).as("revoked").isFalse();
        assertThat(status.onChain(enode, HOST, PORT).status()).isEqualTo(AllowListStatus.REVOKED);

        // only a new admission allows a revoked node again
        TransactionSender sender = ChainControls.sender(connect());
        assertThatThrownBy(() -> sender.sign(registry, NodeRegistryCalls.setStatus(UUID.randomUUID(), enode,
                AllowListStatus.ALLOWED), sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("InvalidTransition(bytes32,bytes32,uint8,uint8)"));
        deliver(enode, Change.ADMITTED, HOST, PORT + 1);
        assertThat(status.onChain(enode, HOST, PORT + 1).connectionAllowed()).as("admitted again, new port").isTrue();
        assertThat(status.onChain(enode, HOST, PORT).connectionAllowed()).as("the old port").isFalse();

        byte[][] words = NodeRegistryCalls.enodeWords(enode);
        String nodeKey = Numeric.toHexString(org.web3j.crypto.Hash.sha3(concat(words[0], words[1])));
        assertThat(logs(NODE_ADMITTED, nodeKey)).as("NodeAdmitted events").hasSize(2);
        assertThat(logs(NODE_STATUS_CHANGED, nodeKey)).as("suspended, reinstated, revoked, re-admitted").hasSize(4);
        assertThat(view("changeCount")).isEqualTo(BigInteger.valueOf(5));
        assertThat(view("nodeCount")).isEqualTo(BigInteger.ONE);
    }

    @Test
    void aReplayedChangeIsRefusedByTheContractSoAnOldAdmissionCannotUndoALaterSuspension() throws Exception {
        String enode = randomEnode();
        startBridge();
        UUID admitted = deliver(enode, Change.ADMITTED, HOST, PORT);
        deliver(enode, Change.SUSPENDED, HOST, PORT);

        // the federation signer itself tries the same change id again: the chain refuses before signing
        TransactionSender sender = ChainControls.sender(connect());
        assertThatThrownBy(() -> sender.sign(registry, NodeRegistryCalls.admit(admitted, enode, HOST, PORT),
                sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("DuplicateChange(bytes32)"));

        // an operator replays the admission's entry onto the same chain: the refusal says it is there already
        OutboxEntry first = entry(admitted);
        store.forceStatus(first.getId(), PENDING);
        await(() -> store.find(first.getId()).orElseThrow().getStatus() == CONFIRMED,
                () -> "replayed entry not recognised as on chain: " + entry(admitted).getLastError());
        OutboxEntry replayed = entry(admitted);
        assertThat(replayed.getAttempts()).as("no failed attempts").isZero();
        assertThat(replayed.getLastError()).contains("DuplicateChange");
        assertThat(status().deliveryOf(admitted).orElseThrow().status()).isEqualTo("confirmed");
        assertThat(status().onChain(enode, HOST, PORT).status()).as("the later suspension stands")
                .isEqualTo(AllowListStatus.SUSPENDED);
        assertThat(status().onChain(enode, HOST, PORT).connectionAllowed()).isFalse();
        assertThat(view("changeCount")).isEqualTo(BigInteger.TWO);
    }

    @Test
    void aSuspensionThatOvertakesItsAdmissionWaitsAndTheNodeEndsSuspended() throws Exception {
        String enode = randomEnode();
        UUID suspended = fire(enode, Change.SUSPENDED, HOST, PORT);
        startBridge();
        await(() -> entry(suspended).getAttempts() > 0, () -> "suspension never tried");
        assertThat(entry(suspended).getStatus()).isEqualTo(PENDING);
        assertThat(entry(suspended).getLastError()).contains(customError("UnknownNode(bytes32,bytes32)"));
        assertThat(status().deliveryOf(suspended).orElseThrow().refusal()).isEqualTo("UnknownNode");

        clock.advance(Duration.ofSeconds(1));
        deliver(enode, Change.ADMITTED, HOST, PORT);
        clock.advance(Duration.ofMinutes(5));
        awaitStatus(suspended, CONFIRMED);

        assertThat(status().onChain(enode, HOST, PORT).status()).isEqualTo(AllowListStatus.SUSPENDED);
        assertThat(status().onChain(enode, HOST, PORT).connectionAllowed()).isFalse();
    }

    @Test
    void theContractRefusesAnyoneButTheFederationSignerAndAChangeThatMakesNoSense() throws Exception {
        String enode = randomEnode();
        String stranger = node.rpc("eth_accounts").get(0).asText();
        assertThatThrownBy(() -> node.rpc("eth_sendTransaction", Map.of("from", stranger, "to", registry,
                "data", NodeRegistryCalls.admit(UUID.randomUUID(), enode, HOST, PORT))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(customError("NotFederationSigner()"));

        TransactionSender sender = ChainControls.sender(connect());
        assertThatThrownBy(() -> sender.sign(registry, NodeRegistryCalls.setStatus(UUID.randomUUID(), enode,
                AllowListStatus.SUSPENDED), sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("UnknownNode(bytes32,bytes32)"));
        assertThatThrownBy(() -> sender.sign(registry, NodeRegistryCalls.admit(new UUID(0, 0), enode, HOST, PORT),
                sender.pendingNonce()))
                .isInstanceOf(IOException.class).hasMessageContaining(customError("ZeroChangeId()"));
        assertThat(status().onChain(enode, HOST, PORT).status()).isEqualTo(AllowListStatus.UNKNOWN);
    }

    @Test
    void readingWhileTheNodeIsDownOrSilentSaysUnavailableInsteadOfThrowing() throws Exception {
        String down;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            down = "http://127.0.0.1:" + socket.getLocalPort();
        }
        NodeOnChain refused = statusOn(down, registry, 2000).onChain(randomEnode(), HOST, PORT);
        assertThat(refused.availability()).isEqualTo(NodeOnChain.Availability.UNAVAILABLE);
        assertThat(refused.connectionAllowed()).isFalse();
        assertThat(refused.problem()).contains("does not answer");

        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            NodeOnChain late = statusOn("http://127.0.0.1:" + silent.getLocalPort(), registry, 300)
                    .onChain(randomEnode(), HOST, PORT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(late.availability()).isEqualTo(NodeOnChain.Availability.UNAVAILABLE);
            assertThat(late.problem()).contains("within 300 ms");
        }

        NodeOnChain nothingThere = statusOn(node.rpcUrl(), "0x" + "5a".repeat(20), 2000).onChain(randomEnode(), HOST, PORT);
        assertThat(nothingThere.availability()).isEqualTo(NodeOnChain.Availability.NO_CONTRACT);
    }

    // --- the bridge, as ChainBridgeStartup runs it

    private void startBridge() throws Exception {
        camels.add(BridgeUnderTest.startRoute(
                BridgeUnderTest.delivery(store, config, connect(), java.time.Clock.systemUTC())));
    }

    private UUID fire(String enode, Change change, String host, int port) {
        NodeAllowListChanged changed = new NodeAllowListChanged(UUID.randomUUID(), UUID.randomUUID(), enode, host, port,
                change, Instant.now(clock));
        NodeBoundaries.fire(outbox, changed);
        return changed.changeId();
    }

    /** Fires the change and waits until its transaction is confirmed. */
    private UUID deliver(String enode, Change change, String host, int port) throws InterruptedException {
        clock.advance(Duration.ofMillis(1));
        UUID id = fire(enode, change, host, port);
        awaitStatus(id, CONFIRMED);
        return id;
    }

    private NodeChainStatus status() {
        return statusOn(node.rpcUrl(), registry, 2000);
    }

    private NodeChainStatus statusOn(String rpcUrl, String registryAddress, long readTimeoutMillis) {
        HsmBackedChain chain = new HsmBackedChain(rpcUrl, signer);
        connections.add(chain);
        ChainBridgeConfig readConfig = ChainControls.config(rpcUrl, HardhatNode.CHAIN_ID, 1,
                "0x" + "41".repeat(20), null, registryAddress);
        ChainControls.readTimeout(readConfig, readTimeoutMillis);
        ContractDirectory contracts = ChainControls.directory(readConfig, chain, ChainControls.sender(chain));
        return NodeBoundaries.status(store, contracts, NodeControls.reader(contracts, chain, readConfig));
    }

    private HsmBackedChain connect() {
        HsmBackedChain chain = new HsmBackedChain(node.rpcUrl(), signer);
        connections.add(chain);
        return chain;
    }

    private OutboxEntry entry(UUID change) {
        return store.byKindAndReference(NodeAllowListOutbox.KIND, change).orElseThrow();
    }

    private void awaitStatus(UUID change, OutboxStatus status) throws InterruptedException {
        await(() -> entry(change).getStatus() == status, () -> "entry of " + change + " not " + status + ": "
                + store.history(entry(change).getId()) + " " + entry(change).getLastError());
    }

    private static void await(BooleanSupplier condition, Supplier<String> failure) throws InterruptedException {
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

    private boolean connectionAllowed(String enodeId, String host, int port) {
        String result = node.rpc("eth_call", Map.of("to", registry, "data",
                FunctionEncoder.encode(NodeRegistryCalls.connectionAllowed(enodeId, host, port))), "latest").asText();
        return NodeRegistryCalls.decodeBool(result);
    }

    private BigInteger view(String function) {
        String result = node.rpc("eth_call", Map.of("to", registry, "data", FunctionEncoder.encode(
                new org.web3j.abi.datatypes.Function(function, List.of(), List.of()))), "latest").asText();
        return Numeric.toBigInt(result);
    }

    private JsonNode logs(String topic, String nodeKey) {
        return node.rpc("eth_getLogs", Map.of("address", registry, "fromBlock", "0x0", "toBlock", "latest",
                "topics", java.util.Arrays.asList(topic, null, nodeKey)));
    }

    /** The selector of a custom error, as hex without 0x: Hardhat names an unknown contract's error by it. */
    private static String customError(String signature) {
        return org.web3j.crypto.Hash.sha3String(signature).substring(2, 10);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String randomEnode() {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
