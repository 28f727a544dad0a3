package org.guildhall.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Hardhat 2 dev chain (chain id 31337) from the pinned chain-bridge/package.json. Its state lives
 * in memory: the portal deploys its contracts again after a restart and replays its outbox.
 */
final class DevChain implements AutoCloseable {

    static final long CHAIN_ID = 31337;
    private static final String HUNDRED_ETHER = "0x56bc75e2d63100000";

    private final Process process;
    private final String url;
    private final Path log;

    private DevChain(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts the node; {@link #awaitReady()} waits until it answers. */
    static DevChain launch(DevSettings settings) throws IOException, InterruptedException {
        Ports.requireFree(settings.chainPort(), "GUILDHALL_EMBEDDED_CHAIN_PORT");
        Path hardhat = settings.chainBridgeDir().resolve("node_modules/.bin/hardhat");
        if (!Files.isExecutable(hardhat)) {
            throw new IllegalStateException(hardhat + " is missing: build first (./guildhall run does)");
        }
        Path log = Logs.file(settings, "chain.log");
        ProcessBuilder builder = new ProcessBuilder(hardhat.toString(), "node", "--hostname", "127.0.0.1",
                "--port", Integer.toString(settings.chainPort()))
                .directory(settings.chainBridgeDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
        return new DevChain(builder.start(), "http://127.0.0.1:" + settings.chainPort(), log);
    }

    void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the dev chain stopped during start-up:\n" + Logs.tail(log, 20));
            }
            try {
                JsonRpc.call(url, "eth_chainId");
                break;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the dev chain did not answer at " + url + ":\n" + Logs.tail(log, 20));
                }
                Thread.sleep(300);
            }
        }
        System.out.println("Dev chain (Hardhat, chain id " + CHAIN_ID + ") at " + url + ", log in " + log);
    }

    /** Gives the federation signer ether for gas on the dev chain. */
    void fund(String address) throws IOException, InterruptedException {
        JsonRpc.call(url, "hardhat_setBalance", address, HUNDRED_ETHER);
        System.out.println("Federation signer " + address + " funded on the dev chain");
    }

    Map<String, String> environment() {
        return Map.of("GUILDHALL_CHAIN_RPC_URL", url,
                "GUILDHALL_CHAIN_ID", Long.toString(CHAIN_ID),
                "GUILDHALL_CHAIN_AUTO_DEPLOY", "true",
                "GUILDHALL_CHAIN_DEV_CHAIN", "true");
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
