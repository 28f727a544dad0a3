package org.guildhall.it.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Node onboarding from the outside: node keys as devp2p makes them, CSRs made by the real
 * {@code openssl req}, application forms, raw downloads and {@code openssl} checks of what the CA issued.
 */
public final class Nodes {

    private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");

    private Nodes() {
    }

    /** A fresh secp256k1 node key's id: x || y of the public key, 128 hex digits. */
    public static String newNodeId() {
        BigInteger d = new BigInteger(256, new SecureRandom()).mod(SECP256K1.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
        ECPoint q = SECP256K1.getG().multiply(d).normalize();
        byte[] encoded = q.getEncoded(false);
        return HexFormat.of().formatHex(encoded, 1, 65);
    }

    /** A CSR by {@code openssl req}; {@code key} is {@code P-256}, {@code P-384} or {@code rsa:<bits>}. */
    public static String opensslCsr(Path dir, String key, String organisation, String commonName) {
        Path csr = dir.resolve(commonName + "-" + key.replace(':', '-') + ".csr");
        List<String> command = new ArrayList<>(List.of("openssl", "req", "-new", "-nodes",
                "-keyout", dir.resolve(commonName + ".key").toString(),
                "-subj", "/O=" + organisation + "/CN=" + commonName, "-out", csr.toString()));
        if (key.startsWith("rsa:")) {
            command.addAll(List.of("-newkey", key));
        } else {
            command.addAll(List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:" + key));
        }
        Result made = run(command.toArray(String[]::new));
        assertThat(made.exit()).as(made.output()).isZero();
        return read(csr);
    }

    /** The form of an application as the API takes it. */
    public static String form(String type, String domain, String name, String enode, String nodePublicKey, String csr,
                              List<String> standards, String serviceLevel, String contact) {
        JsonObjectBuilder form = Json.createObjectBuilder().add("nodeType", type).add("name", name);
        add(form, "domain", domain);
        add(form, "enode", enode);
        add(form, "nodePublicKey", nodePublicKey);
        add(form, "csr", csr);
        add(form, "contact", contact);
        if (serviceLevel != null) {
            form.add("serviceLevel", new java.math.BigDecimal(serviceLevel));
        }
        JsonArrayBuilder declared = Json.createArrayBuilder();
        standards.forEach(declared::add);
        return form.add("declaredStandards", declared).build().toString();
    }

    /** The body of a GET, as bytes, with its status. */
    public static Download download(PortalApi api, String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.base().resolve(path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Result run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(JsonObjectBuilder form, String key, String value) {
        if (value != null) {
            form.add(key, value);
        }
    }

    public record Download(int status, String contentType, byte[] body) {
    }

    public record Result(int exit, String output) {
    }
}
