package org.guildhall.onboarding.certification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** Google Wycheproof ECDSA P-256/SHA-256 verify vectors through the primitive CSR signatures use. */
class SignatureCheckWycheproofTest {

    private static final String FILE = "/wycheproof/ecdsa_secp256r1_sha256_test.json";
    private static final AlgorithmIdentifier ECDSA_SHA256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

    @Test
    void acceptsEveryValidAndRejectsEveryInvalidP256Vector() throws Exception {
        List<String> wrong = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        try (InputStream in = getClass().getResourceAsStream(FILE); JsonReader reader = Json.createReader(in)) {
            JsonObject root = reader.readObject();
            for (JsonValue groupValue : root.getJsonArray("testGroups")) {
                JsonObject group = groupValue.asJsonObject();
                assertThat(group.getString("sha")).isEqualTo("SHA-256");
                SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(Hex.decode(group.getString("publicKeyDer")));
                for (JsonValue testValue : group.getJsonArray("tests")) {
                    JsonObject test = testValue.asJsonObject();
                    String result = test.getString("result");
                    boolean verified = SignatureCheck.verify(key, ECDSA_SHA256, Hex.decode(test.getString("msg")),
                            Hex.decode(test.getString("sig")));
                    if (result.equals("valid")) {
                        valid++;
                    } else if (result.equals("invalid")) {
                        invalid++;
                    }
                    if ((result.equals("valid") && !verified) || (result.equals("invalid") && verified)) {
                        wrong.add("#" + test.getInt("tcId") + " " + result + " " + test.getString("comment"));
                    }
                }
            }
            assertThat(valid + invalid).isEqualTo(root.getInt("numberOfTests"));
        }
        assertThat(wrong).isEmpty();
        assertThat(valid).isEqualTo(170);
        assertThat(invalid).isEqualTo(301);
    }

    @Test
    void treatsUnsupportedAlgorithmAndGarbageKeyAsInvalid() {
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(Hex.decode(
                "3059301306072a8648ce3d020106082a8648ce3d0301070342000404aaec73635726f213fb8a9e64da3b8632e41495a944d0045b"
                        + "522eba7240fad587d9315798aaa3a5ba01775787ced05eaaf7b4e09fc81d6d1aa546e8365d525d"));
        byte[] sig = Hex.decode("3045022100b292a619339f6e567a305c951c0dcbcc42d16e47f219f9e98e76e09d8770b34a02200177e60492c5a8"
                + "242f76f07bfe3661bde59ec2a17ce5bd2dab2abebdf89a62e2");

        assertThat(SignatureCheck.verify(key, ECDSA_SHA256, new byte[0], sig)).isTrue();
        assertThat(SignatureCheck.verify(key, new AlgorithmIdentifier(new org.bouncycastle.asn1.ASN1ObjectIdentifier(
                "1.2.3.4")), new byte[0], sig)).isFalse();
        assertThat(SignatureCheck.verify(key, ECDSA_SHA256, new byte[0], new byte[] {1, 2, 3})).isFalse();
    }
}
