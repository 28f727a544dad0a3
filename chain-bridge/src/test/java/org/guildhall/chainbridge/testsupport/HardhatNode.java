package org.guildhall.chainbridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.tx.response.TransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * A real Hardhat development chain for one test class: {@code hardhat node} on a free port
 * of 127.0.0.1, started from chain-bridge's pinned {@code node_modules} (installed by the
 * Maven build at generate-resources) and stopped by {@link #close()}.
 *
 * <pre>{@code
 * try (HardhatNode node = HardhatNode.start()) {
 *     node.setBalance(address, HardhatNode.ETHER.multiply(BigInteger.TEN));
 *     Web3j web3j = node.web3j();   // polls every 200 ms
 * }
 * }</pre>
 *
 * <p>chain-bridge's directory comes from the system property {@code guildhall.chainbridge.dir}
 * (set by the pom), else the working directory. Node output goes to
 * {@code target/hardhat-<port>.log}.
 */
public final class HardhatNode implements AutoCloseable {

    /** Hardhat's default chain id, as in hardhat.config.cjs. */
    public static final long CHAIN_ID = 31337L;
    public static final BigInteger ETHER = BigInteger.TEN.pow(18);
    public static final long POLLING_INTERVAL_MILLIS = 200;

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;
    // HTTP/1.1: the JDK client's default h2c upgrade request hangs against Hardhat's server
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final AtomicLong requestIds = new AtomicLong();
    private final Thread shutdownHook;
    private Web3j web3j;
    private ScheduledExecutorService web3jExecutor;

    private HardhatNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(this::stopProcess, "hardhat-node-" + port + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a node from chain-bridge's directory and waits until it answers JSON-RPC. */
    public static HardhatNode start() {
        return start(chainBridgeDir());
    }

    /** Starts a node from {@code moduleDir} (the directory holding hardhat.config.cjs). */
    public static HardhatNode start(Path moduleDir) {
        Path hardhat = moduleDir.resolve("node_modules/.bin/hardhat");
        if (!Files.isExecutable(hardhat)) {
            throw new IllegalStateException("Hardhat is not installed in " + moduleDir
                    + ": run `node scripts/ensure-node-modules.mjs` there (the Maven build does it)");
        }
        int port = freePort();
        Path log = moduleDir.resolve("target").resolve("hardhat-" + port + ".log");
        Process process;
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(hardhat.toString(), "node",
                    "--hostname", "127.0.0.1", "--port", Integer.toString(port),
                    "--config", moduleDir.resolve("hardhat.config.cjs").toString())
                    .directory(moduleDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + hardhat, e);
        }
        HardhatNode node = new HardhatNode(process, port, log);
        try {
            node.awaitReady();
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    public String rpcUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long chainId() {
        return CHAIN_ID;
    }

    /** A web3j client for this node polling every {@value #POLLING_INTERVAL_MILLIS} ms; closed with the node. */
    public synchronized Web3j web3j() {
        if (web3j == null) {
            web3jExecutor = Executors.newSingleThreadScheduledExecutor();
            web3j = Web3j.build(new HttpService(rpcUrl()), POLLING_INTERVAL_MILLIS, web3jExecutor);
        }
        return web3j;
    }

    /** Waits for a receipt, polling every {@value #POLLING_INTERVAL_MILLIS} ms for up to 30 s. */
    public TransactionReceipt awaitReceipt(String transactionHash) {
        TransactionReceiptProcessor processor =
                new PollingTransactionReceiptProcessor(web3j(), POLLING_INTERVAL_MILLIS, 150);
        try {
            return processor.waitForTransactionReceipt(transactionHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TransactionException e) {
            throw new IllegalStateException("No receipt for " + transactionHash, e);
        }
    }

    /** Gives {@code address} a balance of {@code wei} ({@code hardhat_setBalance}). */
    public void setBalance(String address, BigInteger wei) {
        rpc("hardhat_setBalance", address, Numeric.toHexStringWithPrefix(wei));
    }

    /**
     * Calls a JSON-RPC method and returns its {@code result}.
     *
     * @throws IllegalStateException carrying the node's error object when it answers with one
     */
    public JsonNode rpc(String method, Object... params) {
        JsonNode response = post(method, List.of(params));
        if (response.hasNonNull("error")) {
            throw new IllegalStateException(method + " failed: " + response.get("error"));
        }
        return response.get("result");
    }

    /** The node's output so far, for assertion messages. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (web3j != null) {
            web3j.shutdown();
            web3j = null;
        }
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stopProcess() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Hardhat node exited with " + process.exitValue()
                        + " before answering; its output:\n" + output());
            }
            try {
                JsonNode chainId = rpc("eth_chainId");
                if (Numeric.toBigInt(chainId.asText()).longValueExact() != CHAIN_ID) {
                    throw new IllegalStateException("Hardhat node reports chain id " + chainId + ", expected " + CHAIN_ID);
                }
                return;
            } catch (UncheckedIOException e) {
                last = e;
            }
            sleep(POLLING_INTERVAL_MILLIS);
        }
        throw new IllegalStateException("Hardhat node did not answer on " + rpcUrl() + " within "
                + STARTUP_TIMEOUT + "; its output:\n" + output(), last);
    }

    private JsonNode post(String method, List<Object> params) {
        try {
            String body = JSON.writeValueAsString(Map.of(
                    "jsonrpc", "2.0", "id", requestIds.incrementAndGet(), "method", method, "params", params));
            HttpRequest request = HttpRequest.newBuilder(URI.create(rpcUrl()))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + method, e);
        }
    }

    private static Path chainBridgeDir() {
        String configured = System.getProperty("guildhall.chainbridge.dir");
        return Path.of(configured != null ? configured : System.getProperty("user.dir")).toAbsolutePath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Hardhat node", e);
        }
    }
}
