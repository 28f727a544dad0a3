package org.guildhall.devstack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: {@code clients} threads, each on its own keep-alive connection, send the
 * requests {@code next} makes, one after the other, for a fixed time. Counts the answers with the
 * expected status and records their latencies.
 */
final class HttpLoad {

    /** What a run measured. */
    record Result(long ok, long failed, double seconds, Latencies latencies) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private HttpLoad() {
    }

    static Result run(int clients, int seconds, int expectedStatus, IntFunction<HttpRequest> next) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Latencies latencies = new Latencies();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                long ok = 0;
                long failed = 0;
                List<Long> times = new ArrayList<>();
                int round = 0;
                while (running.get()) {
                    HttpRequest request = next.apply(client * 1_000_003 + round++);
                    long start = System.nanoTime();
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() == expectedStatus) {
                        ok++;
                        times.add(took);
                    } else if (++failed <= 3) {
                        System.err.println(request.uri() + " answered " + answer.statusCode());
                    }
                }
                latencies.addAll(times);
                return new long[] {ok, failed};
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long ok = 0;
        long failed = 0;
        for (Future<long[]> result : results) {
            long[] counts = result.get();
            ok += counts[0];
            failed += counts[1];
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(ok, failed, elapsed, latencies);
    }
}
