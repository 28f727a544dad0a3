package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Map;
import org.guildhall.registry.did.entity.VerificationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidKeysTest {

    private static final String VM = "did:guild:eu01:2NEpo7TZRRrLZSi2U1234#key-1";
    private static final BigInteger P256_PRIME =
            new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    /** RFC 8037 A.2 / RFC 8032 test 1 public key. */
    private static final String ED25519_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

    @ParameterizedTest
    @CsvSource({"ES256, P-256", "ES256K, secp256k1"})
    void readsAnEcPublicKeyAndKeepsOnlyItsRequiredMembers(String alg, String crv) {
        JsonObject jwk = Json.createObjectBuilder(TestKeys.of(alg).publicJwk())
                .add("kid", "mine").add("use", "sig").add("alg", alg).build();

        VerificationKey key = DidKeys.fromJwk(VM, jwk);

        assertThat(key.id()).isEqualTo(VM);
        assertThat(key.alg()).isEqualTo(alg);
        assertThat(key.publicJwk()).isInstanceOf(ECKey.class);
        assertThat(key.publicJwk().toJSONObject()).containsOnlyKeys("kty", "crv", "x", "y")
                .containsEntry("crv", crv).containsEntry("x", jwk.getString("x")).containsEntry("y", jwk.getString("y"));
    }

    @Test
    void readsAnEd25519PublicKey() {
        VerificationKey key = DidKeys.fromJwk(VM, ed25519(ED25519_X));

        assertThat(key.alg()).isEqualTo("EdDSA");
        assertThat(key.publicJwk().toJSONObject()).isEqualTo(Map.of("kty", "OKP", "crv", "Ed25519", "x", ED25519_X));
    }

    @ParameterizedTest
    @ValueSource(strings = {"d", "p", "q", "dp", "dq", "qi", "k", "oth"})
    void refusesEveryPrivateKeyMember(String member) {
        JsonObject jwk = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add(member, "AAAA").build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, jwk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("private key member '" + member + "' is not allowed");
    }

    @Test
    void refusesSymmetricAndRsaKeys() {
        JsonObject oct = Json.createObjectBuilder().add("kty", "oct").build();
        JsonObject rsa = Json.createObjectBuilder().add("kty", "RSA").add("n", "AQAB").add("e", "AQAB").build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, oct)).hasMessage("symmetric keys (kty 'oct') are not allowed");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, rsa)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key type \"RSA\" is not accepted");
    }

    @Test
    void refusesOtherCurves() {
        JsonObject p384 = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add("crv", "P-384").build();
        JsonObject x25519 = Json.createObjectBuilder(ed25519(ED25519_X)).add("crv", "X25519").build();
        JsonObject ed448 = Json.createObjectBuilder(ed25519(ED25519_X)).add("crv", "Ed448").build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, p384)).hasMessageContaining("curve \"P-384\" are not accepted");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, x25519)).hasMessageContaining("curve \"X25519\" are not accepted");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, ed448)).hasMessageContaining("curve \"Ed448\" are not accepted");
    }

    @Test
    void refusesMissingAndNonStringMembers() {
        JsonObject noKty = Json.createObjectBuilder().add("crv", "P-256").build();
        JsonObject numericX = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add("x", 1).build();
        JsonObject noY = Json.createObjectBuilder(TestKeys.p256().publicJwk()).remove("y").build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, noKty)).hasMessage("the JWK has no 'kty'");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, numericX)).hasMessage("the JWK's 'x' is not a string");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, noY)).hasMessage("the JWK has no 'y'");
    }

    @ParameterizedTest
    @CsvSource({"ES256", "ES256K"})
    void refusesAPointNotOnTheCurve(String alg) {
        JsonObject jwk = TestKeys.of(alg).publicJwk();
        byte[] y = new Base64URL(jwk.getString("y")).decode();
        y[31] ^= 1;
        JsonObject moved = Json.createObjectBuilder(jwk).add("y", Base64URL.encode(y).toString()).build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, moved)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not on the");
    }

    @Test
    void refusesACoordinateNotBelowTheFieldPrime() {
        // x = p is x = 0 modulo p; a check of the curve equation modulo p alone would let it through
        byte[] zeroY = findPointWithXZero();
        JsonObject unreduced = TestKeys.ecJwk("P-256", TestKeys.fixed32(P256_PRIME), zeroY);

        assertThat(DidKeys.fromJwk(VM, TestKeys.ecJwk("P-256", new byte[32], zeroY)).alg()).isEqualTo("ES256");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, unreduced)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not on the P-256 curve");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 31, 33, 64})
    void refusesCoordinatesOfOtherThan32Bytes(int length) {
        JsonObject jwk = Json.createObjectBuilder(TestKeys.p256().publicJwk())
                .add("x", Base64URL.encode(new byte[length]).toString()).build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, jwk)).hasMessage("the JWK's 'x' is " + length + " bytes; a P-256 key has 32");
    }

    @Test
    void refusesPaddedAndNonUrlBase64() {
        JsonObject padded = ed25519(ED25519_X + "=");
        JsonObject standard = ed25519("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo");

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, padded)).hasMessageContaining("not canonical unpadded base64url");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, standard)).hasMessageContaining("not base64url");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0100000000000000000000000000000000000000000000000000000000000000", // the identity, small order
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // y = -1, order 2
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"}) // y = p, not canonical
    void refusesSmallOrderAndNonCanonicalEd25519Keys(String hex) {
        JsonObject jwk = ed25519(Base64URL.encode(HexFormat.of().parseHex(hex)).toString());

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, jwk)).hasMessageContaining("not a valid Ed25519 public key");
    }

    @Test
    void refusesAnAlgThatIsNotTheCurvesButLetsAnEcKeyDeclareEcdh() {
        JsonObject wrongAlg = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add("alg", "ES256K").build();
        JsonObject ecdh = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add("alg", "ECDH-ES+A128KW").build();
        JsonObject edEcdh = Json.createObjectBuilder(ed25519(ED25519_X)).add("alg", "ECDH-ES").build();

        assertThatThrownBy(() -> DidKeys.fromJwk(VM, wrongAlg)).hasMessage("'alg' is \"ES256K\" but a P-256 key signs with ES256");
        assertThat(DidKeys.fromJwk(VM, ecdh).alg()).isEqualTo("ES256");
        assertThatThrownBy(() -> DidKeys.fromJwk(VM, edEcdh)).isInstanceOf(IllegalArgumentException.class);
    }

    // Multikey

    /** The did:key test vectors (W3C CCG did:key spec): the multibase key and its JWK. */
    @Test
    void readsTheDidKeySpecificationsMultikeys() {
        VerificationKey ed = DidKeys.fromMultibase(VM, "z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp");
        VerificationKey p256 = DidKeys.fromMultibase(VM, "zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169");
        VerificationKey k1 = DidKeys.fromMultibase(VM, "zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme");

        assertThat(ed.alg()).isEqualTo("EdDSA");
        assertThat(ed.publicJwk().toJSONObject()).containsEntry("x", "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik");
        assertThat(p256.alg()).isEqualTo("ES256");
        assertThat(p256.publicJwk().toJSONObject()).containsEntry("x", "fyNYMN0976ci7xqiSdag3buk-ZCwgXU4kz9XNkBlNUI")
                .containsEntry("y", "hW2ojTNfH7Jbi8--CJUo3OCbH3y5n91g-IMA9MLMbTU");
        assertThat(k1.alg()).isEqualTo("ES256K");
        assertThat(k1.publicJwk().toJSONObject()).containsEntry("x", "h0wVx_2iDlOcblulc8E5iEw1EYh5n1RYtLQfeSTyNc0")
                .containsEntry("y", "O2EATIGbu6DezKFptj5scAIRntgfecanVNXxat1rnwE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K", "EdDSA"})
    void aMultikeyAndItsJwkAreTheSameKey(String alg) {
        VerificationKey fromJwk = TestKeys.of(alg).key(VM);
        String multibase = DidKeys.multibaseOf(fromJwk.publicJwk());

        VerificationKey fromMultibase = DidKeys.fromMultibase(VM, multibase);

        assertThat(fromMultibase).isEqualTo(new VerificationKey(VM, fromMultibase.publicJwk(), alg));
        assertThat(fromMultibase.publicJwk().toJSONObject()).isEqualTo(fromJwk.publicJwk().toJSONObject());
    }

    @Test
    void refusesMultibaseOtherThanBase58btc() {
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "")).hasMessageContaining("starting with 'z'");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "u7QE")).hasMessageContaining("starting with 'z'");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z6Mk0")).hasMessageContaining("not base58btc");
    }

    @Test
    void refusesOtherMulticodecsAndWrongKeyLengths() {
        byte[] x25519 = concat(new byte[] {(byte) 0xec, 0x01}, new byte[32]);
        byte[] shortEd = concat(new byte[] {(byte) 0xed, 0x01}, new byte[31]);
        byte[] uncompressedP256 = concat(new byte[] {(byte) 0x80, 0x24, 4}, new byte[64]);

        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z" + Base58.encode(x25519)))
                .hasMessageContaining("0xec 0x01 is not accepted");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z" + Base58.encode(shortEd)))
                .hasMessage("a ed25519-pub Multikey holds 32 key bytes, not 31");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z" + Base58.encode(uncompressedP256)))
                .hasMessage("a p256-pub Multikey holds 33 key bytes, not 65");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z")).hasMessageContaining("prefix is missing");
    }

    @Test
    void refusesACompressedPointThatIsNotOnTheCurve() {
        // x = 5 on secp256k1: 5^3 + 7 = 132 has no square root modulo p
        byte[] noSquareRoot = new byte[33];
        noSquareRoot[0] = 2;
        noSquareRoot[32] = 5;
        byte[] badPrefix = noSquareRoot.clone();
        badPrefix[0] = 5;

        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z" + Base58.encode(concat(new byte[] {(byte) 0xe7, 1}, noSquareRoot))))
                .hasMessageContaining("not a point of the secp256k1 curve");
        assertThatThrownBy(() -> DidKeys.fromMultibase(VM, "z" + Base58.encode(concat(new byte[] {(byte) 0xe7, 1}, badPrefix))))
                .hasMessageContaining("starting with 0x02 or 0x03");
    }

    private static JsonObject ed25519(String x) {
        return Json.createObjectBuilder().add("kty", "OKP").add("crv", "Ed25519").add("x", x).build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** y of the P-256 point with x = 0: y^2 = b. */
    private static byte[] findPointWithXZero() {
        BigInteger b = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);
        BigInteger y = b.modPow(P256_PRIME.add(BigInteger.ONE).shiftRight(2), P256_PRIME);
        assertThat(y.modPow(BigInteger.TWO, P256_PRIME)).as("b is a square modulo p").isEqualTo(b);
        return TestKeys.fixed32(y);
    }

}
