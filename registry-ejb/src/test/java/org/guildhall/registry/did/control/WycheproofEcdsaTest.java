package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guildhall.registry.did.entity.VerificationKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google Wycheproof's ECDSA verification vectors through {@link DidKeys} and {@link ProofVerifier}: each
 * group's public key read as a {@code publicKeyJwk}, each signature converted from strict DER to the
 * JOSE form r || s. Every valid vector must verify; every invalid vector that has a JOSE form must not,
 * except those whose flags are only about the DER encoding (their r and s may be a good signature).
 * Signatures that are not strict DER, or whose r or s needs more than 32 bytes, have no JOSE form.
 */
class WycheproofEcdsaTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> ENCODING_FLAGS =
            Set.of("BerEncodedSignature", "InvalidEncoding", "InvalidTypesInSignature", "MissingZero");

    @ParameterizedTest
    @CsvSource({"ecdsa_secp256r1_sha256_test.json, ES256, P-256", "ecdsa_secp256k1_sha256_test.json, ES256K, secp256k1"})
    void verifierAgreesWithEveryVectorThatHasAJoseForm(String file, String alg, String crv) throws Exception {
        JsonObject vectors = read("/wycheproof/" + file);
        List<String> disagreements = new ArrayList<>();
        int tests = 0;
        int valid = 0;
        int checkedValid = 0;
        int checkedInvalid = 0;
        for (JsonValue groupValue : vectors.getJsonArray("testGroups")) {
            JsonObject group = groupValue.asJsonObject();
            assertThat(group.getString("sha")).isEqualTo("SHA-256");
            byte[] point = HEX.parseHex(group.getJsonObject("publicKey").getString("uncompressed"));
            VerificationKey key = DidKeys.fromJwk("did:guild:test:x#key-" + tests,
                    TestKeys.ecJwk(crv, Arrays.copyOfRange(point, 1, 33), Arrays.copyOfRange(point, 33, 65)));
            assertThat(key.alg()).isEqualTo(alg);
            for (JsonValue testValue : group.getJsonArray("tests")) {
                JsonObject test = testValue.asJsonObject();
                tests++;
                String result = test.getString("result");
                valid += "valid".equals(result) ? 1 : 0;
                byte[] jose = joseForm(HEX.parseHex(test.getString("sig")));
                boolean aboutEncodingOnly = test.getJsonArray("flags").stream()
                        .map(flag -> ((JsonString) flag).getString()).allMatch(ENCODING_FLAGS::contains);
                if (jose == null || "acceptable".equals(result) || "invalid".equals(result) && aboutEncodingOnly) {
                    if ("valid".equals(result)) {
                        disagreements.add("tcId " + test.getInt("tcId") + ": valid but not checked");
                    }
                    continue;
                }
                boolean verifies = ProofVerifier.verify(key, HEX.parseHex(test.getString("msg")), jose);
                if (verifies != "valid".equals(result)) {
                    disagreements.add("tcId " + test.getInt("tcId") + " (" + test.getString("comment") + "): expected "
                            + result + ", verified " + verifies);
                }
                if ("valid".equals(result)) {
                    checkedValid++;
                } else {
                    checkedInvalid++;
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(tests).isEqualTo(vectors.getInt("numberOfTests"));
        assertThat(checkedValid).isEqualTo(valid).isGreaterThan(150);
        assertThat(checkedInvalid).isGreaterThan(50);
    }

    /**
     * r || s, 32 bytes each, of a strict DER {@code SEQUENCE { INTEGER r, INTEGER s }}; null when the
     * encoding is not strict DER (long or indefinite lengths, non-minimal or negative integers, trailing
     * bytes) or r or s needs more than 32 bytes.
     */
    static byte[] joseForm(byte[] der) {
        if (der.length < 2 || der[0] != 0x30 || (der[1] & 0xff) >= 0x80 || (der[1] & 0xff) != der.length - 2) {
            return null;
        }
        int[] offset = {2};
        BigInteger r = integer(der, offset);
        BigInteger s = r == null ? null : integer(der, offset);
        if (s == null || offset[0] != der.length || r.bitLength() > 256 || s.bitLength() > 256) {
            return null;
        }
        byte[] jose = new byte[64];
        System.arraycopy(TestKeys.fixed32(r), 0, jose, 0, 32);
        System.arraycopy(TestKeys.fixed32(s), 0, jose, 32, 32);
        return jose;
    }

    private static BigInteger integer(byte[] der, int[] offset) {
        int at = offset[0];
        if (at + 2 > der.length || der[at] != 0x02) {
            return null;
        }
        int length = der[at + 1] & 0xff;
        if (length == 0 || length >= 0x80 || at + 2 + length > der.length) {
            return null;
        }
        byte[] content = Arrays.copyOfRange(der, at + 2, at + 2 + length);
        boolean negative = (content[0] & 0x80) != 0;
        boolean nonMinimal = length > 1 && content[0] == 0 && (content[1] & 0x80) == 0;
        if (negative || nonMinimal) {
            return null;
        }
        offset[0] = at + 2 + length;
        return new BigInteger(1, content);
    }

    private static JsonObject read(String resource) throws Exception {
        try (InputStream in = Objects.requireNonNull(WycheproofEcdsaTest.class.getResourceAsStream(resource), resource);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
