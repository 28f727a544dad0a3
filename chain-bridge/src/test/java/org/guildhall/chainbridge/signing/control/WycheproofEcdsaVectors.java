package org.guildhall.chainbridge.signing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.util.encoders.Hex;

/** Reads Wycheproof {@code EcdsaVerify} / {@code EcdsaBitcoinVerify} files from the test class path. */
final class WycheproofEcdsaVectors {

    /** One test case with its group's public key. */
    record Vector(String file, int tcId, String curve, byte[] publicKey, byte[] message, byte[] signature,
                  String result, List<String> flags, String comment) {

        @Override
        public String toString() {
            return file + " #" + tcId + " " + result + " " + flags + " " + comment;
        }
    }

    private WycheproofEcdsaVectors() {
    }

    /** All vectors of {@code /wycheproof/<file>}, checked against the file's {@code numberOfTests}. */
    static List<Vector> load(String file) {
        try (InputStream in = WycheproofEcdsaVectors.class.getResourceAsStream("/wycheproof/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /wycheproof/" + file);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Vector> vectors = new ArrayList<>();
            for (JsonNode group : root.get("testGroups")) {
                if (!"SHA-256".equals(group.get("sha").asText())) {
                    throw new IllegalStateException("Unexpected hash in " + file + ": " + group.get("sha"));
                }
                JsonNode key = group.get("publicKey");
                byte[] publicKey = Hex.decode(key.get("uncompressed").asText());
                for (JsonNode test : group.get("tests")) {
                    List<String> flags = new ArrayList<>();
                    test.get("flags").forEach(flag -> flags.add(flag.asText()));
                    vectors.add(new Vector(file, test.get("tcId").asInt(), key.get("curve").asText(), publicKey,
                            Hex.decode(test.get("msg").asText()), Hex.decode(test.get("sig").asText()),
                            test.get("result").asText(), flags, test.get("comment").asText()));
                }
            }
            if (vectors.size() != root.get("numberOfTests").asInt()) {
                throw new IllegalStateException(file + " declares " + root.get("numberOfTests")
                        + " tests but has " + vectors.size());
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
