package org.guildhall.devstack;

import java.io.StringReader;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.did.control.Base58;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Synthetic DIDs for the resolution benchmark, written straight into the registry's tables with COPY
 * (the registrar path, with its signatures, is not what is measured): domain {@code bnch}, each DID a
 * one-version document shaped like the demo's (a P-256 JsonWebKey drawn from a pool, authentication,
 * assertion, one service), canonical and hashed as the registrar stores it.
 */
final class BenchDids {

    static final String DOMAIN = "bnch";
    private static final int BATCH = 20_000;

    private final String url;
    private final String user;
    private final String password;
    private final SecureRandom random = new SecureRandom();
    private final List<String[]> keys = new ArrayList<>();
    private final List<String> dids = new ArrayList<>();

    BenchDids(int port, String user, String password) throws Exception {
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/guildhall";
        this.user = user;
        this.password = password;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        for (int i = 0; i < 256; i++) {
            ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
            keys.add(new String[] {coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY())});
        }
    }

    List<String> dids() {
        return dids;
    }

    /** Adds DIDs until {@code total} exist in the bench domain; returns the seconds it took. */
    double growTo(int total) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ensureDomain(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Instant now = Instant.now();
            while (dids.size() < total) {
                int n = Math.min(BATCH, total - dids.size());
                StringBuilder didRows = new StringBuilder(n * 120);
                StringBuilder versionRows = new StringBuilder(n * 900);
                for (int i = 0; i < n; i++) {
                    byte[] id = new byte[16];
                    random.nextBytes(id);
                    String did = "did:guild:" + DOMAIN + ":" + Base58.encode(id);
                    String document = CanonicalContent.canonical(document(did, keys.get(dids.size() % keys.size())));
                    didRows.append(did).append(",bnch,ACTIVE,1,").append(now).append(',').append(now).append(",bench\n");
                    versionRows.append(did).append(",1,CREATE,\"").append(document.replace("\"", "\"\"")).append("\",")
                            .append(CanonicalContent.sha256Hex(document)).append(',').append(now).append(",bench\n");
                    dids.add(did);
                }
                copy.copyIn("COPY registry.did (did, domain_code, status, current_version, created_at, updated_at,"
                        + " registered_by) FROM STDIN (FORMAT csv)", new StringReader(didRows.toString()));
                copy.copyIn("COPY registry.did_version (did, version_id, operation, document, content_sha256, version_time,"
                        + " submitted_by) FROM STDIN (FORMAT csv)", new StringReader(versionRows.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("update registry.domain set used = " + total + " where code = '" + DOMAIN + "'");
                statement.execute("analyze registry.did");
                statement.execute("analyze registry.did_version");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void ensureDomain(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into registry.domain (code, parent_code, name_en, name_zh, governed_by, status, quota,"
                    + " used, allocated, created_at, changed_at) select 'bnch', 'root', 'Benchmark', '基准测试', governed_by,"
                    + " 'ACTIVE', 2000000, 0, 0, now(), now() from registry.domain where code = 'root'"
                    + " on conflict (code) do nothing");
            statement.execute("update registry.domain set allocated = allocated + 2000000 where code = 'root'"
                    + " and not exists (select 1 from registry.did where domain_code = 'bnch')");
        }
    }

    private static String document(String did, String[] key) {
        return "{\"@context\":[\"https://www.w3.org/ns/did/v1\",\"https://w3id.org/security/suites/jws-2020/v1\"],"
                + "\"id\":\"" + did + "\",\"verificationMethod\":[{\"id\":\"" + did + "#key-1\",\"type\":\"JsonWebKey\","
                + "\"controller\":\"" + did + "\",\"publicKeyJwk\":{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + key[0]
                + "\",\"y\":\"" + key[1] + "\"}}],\"authentication\":[\"" + did + "#key-1\"],\"assertionMethod\":[\""
                + did + "#key-1\"],\"service\":[{\"id\":\"" + did + "#website\",\"type\":\"LinkedDomains\","
                + "\"serviceEndpoint\":\"https://bench.example.org\"}]}";
    }

    private static String coordinate(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int from = Math.max(0, bytes.length - 32);
        System.arraycopy(bytes, from, fixed, 32 - (bytes.length - from), bytes.length - from);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }
}
