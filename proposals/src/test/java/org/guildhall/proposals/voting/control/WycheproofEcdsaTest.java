package org.guildhall.proposals.voting.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guildhall.proposals.voting.entity.VoterKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Google Wycheproof's ECDSA verification vectors through the verifier ballots are checked with: each
 * group's public key registered with {@link VoterKeys}, its verifier from {@link JwsVerifiers}, each
 * signature converted from strict DER to the JWS form r || s and verified over the raw message as the
 * signing input. A valid vector must verify and an invalid one must not; every valid vector must be
 * checked. Signatures that are not strict DER, or whose r or s does not fit in 32 bytes, have no JWS
 * form and are left out (and must not be valid).
 */
class WycheproofEcdsaTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({"ecdsa_secp256r1_sha256_test.json, ES256, P-256", "ecdsa_secp256k1_sha256_test.json, ES256K, secp256k1"})
    void verifierAgreesWithEveryVectorThatHasAJwsForm(String file, String algorithm, String crv) throws Exception {
        Map<String, Object> vectors = JSONObjectUtils.parse(resource("/wycheproof/" + file));
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int checkedValid = 0;
        int checkedInvalid = 0;
        int withoutJwsForm = 0;
        for (Object groupObject : (List<?>) vectors.get("testGroups")) {
            Map<?, ?> group = (Map<?, ?>) groupObject;
            Map<?, ?> publicKey = (Map<?, ?>) group.get("publicKey");
            assertThat(publicKey.get("curve")).isEqualTo(crv.equals("P-256") ? "secp256r1" : crv);
            assertThat(group.get("sha")).isEqualTo("SHA-256");
            VoterKey key = VoterKeys.parse(jwk(crv, (String) publicKey.get("uncompressed")));
            assertThat(key.algorithm()).isEqualTo(algorithm);
            JWSVerifier verifier = JwsVerifiers.forKey(key);
            JWSHeader header = new JWSHeader(JWSAlgorithm.parse(algorithm));
            for (Object testObject : (List<?>) group.get("tests")) {
                Map<?, ?> test = (Map<?, ?>) testObject;
                String result = (String) test.get("result");
                if ("valid".equals(result)) {
                    valid++;
                }
                if ("acceptable".equals(result)) {
                    continue;
                }
                byte[] jwsSignature = jwsForm(HEX.parseHex((String) test.get("sig")));
                if (jwsSignature == null) {
                    withoutJwsForm++;
                    if ("valid".equals(result)) {
                        disagreements.add("tcId " + test.get("tcId") + ": valid but has no JWS form");
                    }
                    continue;
                }
                boolean verifies = verifier.verify(header, HEX.parseHex((String) test.get("msg")),
                        Base64URL.encode(jwsSignature));
                if (verifies != "valid".equals(result)) {
                    disagreements.add("tcId " + test.get("tcId") + " (" + test.get("comment") + "): expected " + result
                            + ", verified " + verifies);
                }
                if ("valid".equals(result)) {
                    checkedValid++;
                } else {
                    checkedInvalid++;
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(checkedValid).isEqualTo(valid).isGreaterThan(100);
        assertThat(checkedInvalid).isGreaterThan(50);
        assertThat(checkedValid + checkedInvalid + withoutJwsForm)
                .isEqualTo(((Number) vectors.get("numberOfTests")).intValue());
    }

    private static String jwk(String crv, String uncompressedHex) {
        byte[] point = HEX.parseHex(uncompressedHex);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        return "{\"kty\":\"EC\",\"crv\":\"" + crv + "\",\"x\":\"" + Base64URL.encode(Arrays.copyOfRange(point, 1, 33))
                + "\",\"y\":\"" + Base64URL.encode(Arrays.copyOfRange(point, 33, 65)) + "\"}";
    }

    /**
     * r || s, 32 bytes each, of a strict DER {@code SEQUENCE { INTEGER r, INTEGER s }}; null when the
     * encoding is not strict DER (long or indefinite length forms, non-minimal or negative integers,
     * anything trailing) or r or s is negative or longer than 32 bytes.
     */
    static byte[] jwsForm(byte[] der) {
        if (der.length < 2 || der[0] != 0x30 || (der[1] & 0xff) >= 0x80 || (der[1] & 0xff) != der.length - 2) {
            return null;
        }
        int[] offset = {2};
        BigInteger r = integer(der, offset);
        BigInteger s = r == null ? null : integer(der, offset);
        if (s == null || offset[0] != der.length || r.bitLength() > 256 || s.bitLength() > 256) {
            return null;
        }
        byte[] concatenated = new byte[64];
        place(r, concatenated, 0);
        place(s, concatenated, 32);
        return concatenated;
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

    private static void place(BigInteger value, byte[] target, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, at + 32 - length, length);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(WycheproofEcdsaTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
