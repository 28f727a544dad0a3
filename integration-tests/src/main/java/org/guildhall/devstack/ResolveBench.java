package org.guildhall.devstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * {@code ./guildhall bench resolve}: W3C DID resolutions over HTTP ({@code GET /1.0/identifiers/{did}},
 * {@code Accept: application/did-resolution}) of DIDs picked at random, from many concurrent keep-alive
 * connections, against the portal on its embedded PostgreSQL holding 10,000, then 100,000, then
 * 1,000,000 DIDs; each size measured through the resolver's cache (as served) and with
 * {@code noCache=true} (a database read every time). Baseline in the same run: the same server's
 * trivial JAX-RS endpoint ({@code GET /api/v1/ping}) with the same clients, right before and after each
 * size, so that both sides see the same warmed-up JVM and the same machine load.
 */
public final class ResolveBench {

    /** The resolver cache's default size ({@code guildhall.did.cache-size}). */
    private static final int WARM_ALL_UP_TO = 200_000;

    private ResolveBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "16"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "10"));
        int largest = Integer.parseInt(System.getenv().getOrDefault("BENCH_MAX_DIDS", "1000000"));
        DevSettings settings = DevSettings.fromEnvironment();
        Files.createDirectories(settings.home());
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "guildhall-bench-stop"));
        Map<String, String> env = stack.startServices(settings);
        stack.startPortal(settings, env);
        try {
            URI base = URI.create("http://127.0.0.1:" + settings.port() + "/");
            BenchDids dids = new BenchDids(settings.dbPort(), env.getOrDefault("GUILDHALL_DB_USER", "postgres"),
                    env.getOrDefault("GUILDHALL_DB_PASSWORD", "postgres"));
            System.out.printf("%d clients, %d s per measurement (each after 2 s of the same load)%n", clients, seconds);
            HttpRequest ping = HttpRequest.newBuilder(base.resolve("api/v1/ping")).timeout(Duration.ofSeconds(30)).GET().build();
            dids.growTo(10_000);
            System.out.println("warming the server up (45 s, both endpoints in turn: the JIT compiles the paths measured)");
            for (int round = 0; round < 3; round++) {
                HttpLoad.run(clients, 5, 200, i -> ping);
                HttpLoad.run(clients, 5, 200, request(base, dids.dids(), false));
                HttpLoad.run(clients, 5, 200, request(base, dids.dids(), true));
            }
            StringBuilder table = new StringBuilder();
            double headlineRatio = Double.NaN;
            double headlineP99 = Double.NaN;
            for (int size : List.of(10_000, 100_000, 1_000_000)) {
                if (size > largest) {
                    break;
                }
                double seeded = dids.growTo(size);
                System.out.printf("%,d DIDs in the registry (%.0f s to add them)%n", size, seeded);
                HttpLoad.Result before = measure(clients, seconds, i -> ping);
                if (size <= WARM_ALL_UP_TO) {
                    double warmed = resolveEach(clients, base, dids.dids());
                    System.out.printf("  every DID resolved once first (%.0f s): the cache in its steady state%n", warmed);
                } else {
                    System.out.printf("  %,d DIDs exceed the resolver cache (%,d by default): mostly misses%n", size,
                            WARM_ALL_UP_TO);
                }
                HttpLoad.Result cached = measure(clients, seconds, request(base, dids.dids(), false));
                HttpLoad.Result uncached = measure(clients, seconds, request(base, dids.dids(), true));
                HttpLoad.Result after = measure(clients, seconds, i -> ping);
                double baseline = (before.perSecond() + after.perSecond()) / 2;
                table.append(row(size, "ping", before, Double.NaN)).append(row(size, "cached", cached, baseline))
                        .append(row(size, "noCache", uncached, baseline)).append(row(size, "ping", after, Double.NaN));
                if (size == 100_000) {
                    headlineRatio = cached.perSecond() / baseline;
                    headlineP99 = cached.latencies().percentile(99);
                }
            }
            System.out.println();
            System.out.printf("%d clients; baseline = the same server's trivial JAX-RS endpoint GET /api/v1/ping, measured"
                    + " right before and after each size (ratio against their mean)%n", clients);
            System.out.println("     DIDs  path     answers/s   p50 ms   p99 ms   ratio");
            System.out.print(table);
            if (!Double.isNaN(headlineRatio)) {
                System.out.printf("at 100,000 DIDs: ratio %.2f of the baseline (target >= 0.5); p99 %.2f ms (target < 10 ms)%n",
                        headlineRatio, headlineP99);
            }
        } finally {
            stack.stop();
        }
        System.exit(0);
    }

    private static IntFunction<HttpRequest> request(URI base, List<String> dids, boolean noCache) {
        String suffix = noCache ? "?noCache=true" : "";
        return i -> HttpRequest.newBuilder(base.resolve("1.0/identifiers/"
                        + URLEncoder.encode(dids.get(ThreadLocalRandom.current().nextInt(dids.size())), StandardCharsets.UTF_8)
                        + suffix)).header("Accept", "application/did-resolution").timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** Resolves every DID once, from {@code clients} connections; returns the seconds it took. */
    private static double resolveEach(int clients, URI base, List<String> dids) throws Exception {
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
                for (int i = next.getAndIncrement(); i < dids.size(); i = next.getAndIncrement()) {
                    http.send(HttpRequest.newBuilder(base.resolve("1.0/identifiers/"
                            + URLEncoder.encode(dids.get(i), StandardCharsets.UTF_8))).GET().build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private static HttpLoad.Result measure(int clients, int seconds, IntFunction<HttpRequest> next) throws Exception {
        HttpLoad.run(clients, 2, 200, next);
        return HttpLoad.run(clients, seconds, 200, next);
    }

    private static String row(int size, String path, HttpLoad.Result result, double baseline) {
        return String.format("%,9d  %-8s %10.0f %8.2f %8.2f   %s%s%n", size, path, result.perSecond(),
                result.latencies().percentile(50), result.latencies().percentile(99),
                Double.isNaN(baseline) ? "" : String.format("%.2f", result.perSecond() / baseline),
                result.failed() > 0 ? "  (" + result.failed() + " failed)" : "");
    }
}
