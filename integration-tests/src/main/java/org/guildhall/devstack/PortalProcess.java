package org.guildhall.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro with the portal WAR, in a fresh root directory each run, ready when /health/ready says so. */
public final class PortalProcess implements AutoCloseable {

    /** The JVM options the portal needs: PKCS#11 token look-up by label. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx768m",
            "--add-exports=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED");

    private final Process process;
    private final int port;
    private final Path log;

    private PortalProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Payara Micro; {@link #awaitReady()} waits for it. */
    static PortalProcess launch(DevSettings settings, Map<String, String> env) throws IOException, InterruptedException {
        Ports.requireFree(settings.port(), "GUILDHALL_PORT");
        return start(settings.payaraJar(), settings.war(), settings.home(), Logs.file(settings, "portal.log"),
                settings.port(), settings.bindAddress(), env, false);
    }

    /**
     * One of several instances on one database, as an operator deploys them: clustered (Hazelcast), with its own
     * root directory and log under {@code home}; {@code env} is its whole configuration.
     */
    public static PortalProcess instance(Path payaraJar, Path war, Path home, String name, int port,
                                         Map<String, String> env) throws IOException {
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        return start(payaraJar, war, home.resolve(name), logs.resolve(name + ".log"), port, "127.0.0.1", env, true);
    }

    private static PortalProcess start(Path payaraJar, Path war, Path home, Path log, int port, String bindAddress,
                                       Map<String, String> env, boolean clustered) throws IOException {
        for (Path required : List.of(payaraJar, war)) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: build first (./guildhall run does)");
            }
        }
        Path runtimes = home.resolve("runtime");
        Files.createDirectories(runtimes);
        deleteOldRuntimes(runtimes);
        Path root = runtimes.resolve(Long.toString(System.currentTimeMillis()));
        // Before boot, so the listener is created on its address: set after boot, it is reconfigured while Payara
        // starts, and now and then it never accepts a connection ("GrizzlyProxy is NULL").
        Path preBoot = runtimes.resolve("pre-boot-" + root.getFileName() + ".asadmin");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=" + bindAddress + "\n");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_OPTIONS);
        String extra = System.getenv("GUILDHALL_PORTAL_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", payaraJar.toString(), "--deploy", war.toString(),
                "--contextroot", "/", "--port", Integer.toString(port),
                "--rootdir", root.toString(), "--prebootcommandfile", preBoot.toString()));
        if (!clustered) {
            command.add("--nocluster");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        // Certificates name the CRL at the portal's own address unless an operator set the public URL.
        builder.environment().putIfAbsent("GUILDHALL_ONBOARDING_PUBLIC_URL", "http://localhost:" + port);
        System.out.println("Starting the portal (Payara Micro), log in " + log + " ...");
        return new PortalProcess(builder.start(), port, log);
    }

    /** The operating system's process id (what the bridge leader's instance name starts with). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Waits until the instance answers {@code /health/live}: deployed and running, whatever its readiness. */
    public void awaitLive() throws InterruptedException {
        await("/health/live");
    }

    /** {@code kill -9}: no shutdown hook runs, no lock is given up; the database sees the socket close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void awaitReady() throws InterruptedException {
        await("/health/ready");
    }

    private void await(String path) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + port + path);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal stopped during start-up:\n" + Logs.tail(log, 30));
            }
            if (Logs.contains(log, "Exception while loading the app")) {
                throw new IllegalStateException("the portal could not be deployed; see " + log + ":\n"
                        + Logs.firstProblem(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the portal did not answer " + path + " with 200 (" + last + "):\n" + Logs.tail(log, 30));
    }

    private static void deleteOldRuntimes(Path runtimes) throws IOException {
        try (var old = Files.list(runtimes)) {
            for (Path dir : old.toList()) {
                if (Files.isRegularFile(dir)) {
                    Files.delete(dir);
                    continue;
                }
                try (var tree = Files.walk(dir)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
