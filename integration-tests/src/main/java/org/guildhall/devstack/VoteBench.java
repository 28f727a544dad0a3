package org.guildhall.devstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./guildhall bench votes}: signed ballots cast through the REST API by many concurrent
 * clients against a running portal on its own embedded PostgreSQL, against the machine's baseline
 * measured in the same run: pgbench single-row INSERTs into the same PostgreSQL with the same number
 * of clients. Prints accepted ballots/s, p50/p99 latency, the baseline TPS and the ratio.
 * <p>
 * Each voter is a community member with a registered P-256 key; every ballot carries the voter's
 * ES256 JWS (signed before the timed phase, so the clients' signing does not compete with the
 * server for the two cores) and is verified, hashed, stored and receipted by the portal. A voter's
 * ballots replace each other, as they do in a real vote.
 */
public final class VoteBench {

    private static final String[] OPTIONS = {"yes", "no", "noWithVeto", "abstain"};

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private VoteBench(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "16"));
        int voters = Integer.parseInt(System.getenv().getOrDefault("BENCH_VOTERS", "64"));
        int seconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_SECONDS", "20"));
        DevSettings settings = DevSettings.fromEnvironment();
        Files.createDirectories(settings.home());
        Stack stack = new Stack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "guildhall-bench-stop"));
        Map<String, String> env = stack.startServices(settings);
        stack.startPortal(settings, env);
        try {
            VoteBench bench = new VoteBench(URI.create("http://127.0.0.1:" + settings.port() + "/"));
            String proposal = bench.openVote();
            List<Voter> electorate = bench.voters(voters);
            String id = bench.proposalInLastCall(proposal);
            System.out.printf("vote open on %s: %d signed voters, %d clients, %d s (after 15 s warm-up)%n", id, voters,
                    clients, seconds);
            for (Voter voter : electorate) {
                voter.sign(id);
            }
            bench.cast(electorate, clients, 15, null);
            Latencies latencies = new Latencies();
            long accepted = bench.cast(electorate, clients, seconds, latencies);
            double ballotsPerSecond = accepted / (double) seconds;
            double baseline = Baseline.pgbenchInsertTps(env, settings.dbPort(), clients, seconds);
            System.out.println();
            System.out.printf("ballots accepted: %d in %d s = %.0f ballots/s (signed, verified, receipted)%n", accepted,
                    seconds, ballotsPerSecond);
            System.out.printf("latency: p50 %.1f ms, p99 %.1f ms%n", latencies.percentile(50), latencies.percentile(99));
            System.out.printf("baseline: pgbench single-row INSERT, %d clients: %.0f TPS%n", clients, baseline);
            System.out.printf("ratio: %.4f of the baseline (target >= 0.5)%n", ballotsPerSecond / baseline);
        } finally {
            stack.stop();
        }
        System.exit(0);
    }

    /** Registers the voters (community members), their tokens and their keys. */
    private List<Voter> voters(int count) throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
        List<Voter> voters = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Voter>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "bench-" + suffix + "-" + i;
            made.add(pool.submit(() -> {
                expect(201, post("api/v1/accounts", null, Json.createObjectBuilder().add("username", name)
                        .add("displayName", "Bench voter").add("email", name + "@example.org")
                        .add("password", "bench-password-1").build().toString()));
                String token = token(name, "bench-password-1");
                ECKey key = new ECKeyGenerator(Curve.P_256).generate();
                String kid = json(expect(201, post("api/v1/ballot-keys", token, key.toPublicJWK().toJSONString())))
                        .getString("kid");
                return new Voter(name, token, key, kid);
            }));
        }
        for (Future<Voter> voter : made) {
            voters.add(voter.get());
        }
        pool.shutdown();
        return voters;
    }

    /** Drafts a Meta proposal (its track has both chambers) as the demo community member. */
    private String openVote() throws Exception {
        String body = "## Abstract\nBench.\n\n## Motivation\nBench.\n\n## Specification\nVoters MUST vote.\n\n"
                + "## Rationale\nBench.\n\n## Security Considerations\nNone.\n";
        String document = Json.createObjectBuilder().add("title", "Vote benchmark").add("description", "Many ballots.")
                .add("authors", Json.createArrayBuilder().add("Bench <bench@example.org>"))
                .add("discussionsTo", "https://forum.example.org/t/bench").add("type", "META")
                .add("body", body).build().toString();
        return json(expect(201, post("api/v1/proposals", token("community", "guildhall-demo"), document))).getString("id");
    }

    /** Moves the proposal to Last Call (after the voters exist, so that the frozen electorate holds them). */
    private String proposalInLastCall(String id) throws Exception {
        String editor = token("reviewer", "guildhall-demo");
        expect(200, post("api/v1/proposals/" + id + "/transitions", editor, "{\"to\":\"review\"}"));
        expect(200, post("api/v1/proposals/" + id + "/transitions", editor, "{\"to\":\"last-call\"}"));
        return id;
    }

    /** Casts ballots from {@code clients} threads for {@code seconds}; returns how many were accepted. */
    private long cast(List<Voter> voters, int clients, int seconds, Latencies latencies) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long ok = 0;
                long failed = 0;
                int round = 0;
                List<Long> times = new ArrayList<>();
                while (running.get()) {
                    Voter voter = voters.get((client + round * clients) % voters.size());
                    int option = (round + client) % OPTIONS.length;
                    round++;
                    long start = System.nanoTime();
                    HttpResponse<String> answer = post("api/v1/proposals/" + voter.proposal + "/ballots", voter.token,
                            "{\"option\":\"" + OPTIONS[option] + "\",\"jws\":\"" + voter.signed[option] + "\"}");
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() == 201) {
                        ok++;
                        times.add(took);
                    } else {
                        failed++;
                        if (failed <= 3) {
                            System.err.println("ballot refused: " + answer.statusCode() + " " + answer.body());
                        }
                    }
                }
                if (latencies != null) {
                    latencies.addAll(times);
                }
                return new long[] {ok, failed};
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long accepted = 0;
        for (Future<long[]> result : results) {
            accepted += result.get()[0];
        }
        pool.shutdown();
        return accepted;
    }

    private String token(String username, String password) throws IOException, InterruptedException {
        return json(expect(201, post("api/v1/tokens", null, Json.createObjectBuilder().add("username", username)
                .add("password", password).build().toString()))).getString("token");
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** A bench voter: account, token, key, and a JWS per option for the proposal. */
    private static final class Voter {
        final String name;
        final String token;
        final ECKey key;
        final String kid;
        final String[] signed = new String[OPTIONS.length];
        String proposal;

        Voter(String name, String token, ECKey key, String kid) {
            this.name = name;
            this.token = token;
            this.key = key;
            this.kid = kid;
        }

        void sign(String proposalId) throws JOSEException {
            this.proposal = proposalId;
            for (int i = 0; i < OPTIONS.length; i++) {
                String payload = Json.createObjectBuilder().add("proposal", proposalId).add("voter", name)
                        .add("option", OPTIONS[i]).add("iat", System.currentTimeMillis() / 1000).build().toString();
                JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
                        new Payload(payload));
                jws.sign(new ECDSASigner(key));
                signed[i] = jws.serialize();
            }
        }
    }

    /** The machine's baseline: pgbench single-row INSERT TPS against the same PostgreSQL. */
    static final class Baseline {
        private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

        static double pgbenchInsertTps(Map<String, String> env, int port, int clients, int seconds) throws Exception {
            String user = env.getOrDefault("GUILDHALL_DB_USER", "postgres");
            String password = env.getOrDefault("GUILDHALL_DB_PASSWORD", "postgres");
            Path script = Files.createTempFile("insert-", ".sql");
            Files.writeString(script, "insert into bench.baseline (voter, payload, at) values (:client_id, "
                    + "'a ballot-sized row of about the same width as a ballot with its hash and receipt', now());\n");
            psql(port, user, password, "create schema if not exists bench; drop table if exists bench.baseline;"
                    + " create table bench.baseline (id bigserial primary key, voter int not null, payload text not null,"
                    + " at timestamptz not null);");
            ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", user,
                    "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
                    "-f", script.toString(), "guildhall").redirectErrorStream(true);
            pgbench.environment().put("PGPASSWORD", password);
            Process run = pgbench.start();
            String output = new String(run.getInputStream().readAllBytes());
            if (run.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("no TPS in the pgbench output:\n" + output);
            }
            psql(port, user, password, "drop schema bench cascade;");
            return Double.parseDouble(tps.group(1));
        }

        private static void psql(int port, String user, String password, String sql) throws Exception {
            try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/guildhall",
                    user, password); var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
