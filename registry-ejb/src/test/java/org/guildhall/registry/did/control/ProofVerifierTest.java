package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.guildhall.registry.did.entity.VerificationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProofVerifierTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String VM = "did:guild:eu01:2NEpo7TZRRrLZSi2U1234#key-1";
    private static final byte[] PAYLOAD = "{\"did\":\"did:guild:eu01:x\",\"operation\":\"update\"}".getBytes(StandardCharsets.UTF_8);
    private static final BigInteger P256_ORDER =
            new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
    private static final BigInteger SECP256K1_ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    private static final BigInteger ED25519_ORDER = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    /** RFC 8032 §7.1 tests 1 to 3: secret key, public key, message, signature. */
    @ParameterizedTest
    @CsvSource({
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60, "
            + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, , "
            + "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb, "
            + "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72, "
            + "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7, "
            + "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025, af82, "
            + "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"})
    void verifiesTheRfc8032Ed25519Vectors(String secretHex, String publicHex, String messageHex, String signatureHex) {
        byte[] secret = HEX.parseHex(secretHex);
        byte[] publicKey = HEX.parseHex(publicHex);
        byte[] message = messageHex == null ? new byte[0] : HEX.parseHex(messageHex);
        byte[] signature = HEX.parseHex(signatureHex);
        // the vector is copied right: the secret key gives this public key and signature
        byte[] derived = new byte[32];
        Ed25519.generatePublicKey(secret, 0, derived, 0);
        byte[] signed = new byte[64];
        Ed25519.sign(secret, 0, message, 0, message.length, signed, 0);
        assertThat(derived).isEqualTo(publicKey);
        assertThat(signed).isEqualTo(signature);

        VerificationKey key = ed25519Key(publicKey);

        assertThat(ProofVerifier.verify(key, message, signature)).isTrue();
        assertThat(ProofVerifier.verify(key, append(message, (byte) 0), signature)).isFalse();
    }

    @Test
    void refusesAnEd25519SignatureWithNonCanonicalS() {
        byte[] publicKey = HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        byte[] signature = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        byte[] sPlusL = littleEndian32(littleEndian(Arrays.copyOfRange(signature, 32, 64)).add(ED25519_ORDER));
        byte[] malleated = Arrays.copyOf(signature, 64);
        System.arraycopy(sPlusL, 0, malleated, 32, 32);

        assertThat(ProofVerifier.verify(ed25519Key(publicKey), new byte[0], signature)).isTrue();
        assertThat(ProofVerifier.verify(ed25519Key(publicKey), new byte[0], malleated)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K", "EdDSA"})
    void verifiesASignatureOfAFreshKeyAndNothingElse(String alg) {
        TestKeys.Pair pair = TestKeys.of(alg);
        VerificationKey key = pair.key(VM);
        byte[] signature = pair.sign(PAYLOAD);

        assertThat(signature).hasSize(64);
        assertThat(ProofVerifier.verify(key, PAYLOAD, signature)).isTrue();
        assertThat(ProofVerifier.verify(key, append(PAYLOAD, (byte) ' '), signature)).isFalse();
        assertThat(ProofVerifier.verify(TestKeys.of(alg).key(VM), PAYLOAD, signature)).as("another key").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K", "EdDSA"})
    void refusesEverySingleBitFlipOfSignatureAndPayload(String alg) {
        TestKeys.Pair pair = TestKeys.of(alg);
        VerificationKey key = pair.key(VM);
        byte[] signature = pair.sign(PAYLOAD);

        for (int bit = 0; bit < signature.length * 8; bit++) {
            byte[] flipped = signature.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(ProofVerifier.verify(key, PAYLOAD, flipped)).as("signature bit " + bit).isFalse();
        }
        for (int bit = 0; bit < PAYLOAD.length * 8; bit += 7) {
            byte[] flipped = PAYLOAD.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(ProofVerifier.verify(key, flipped, signature)).as("payload bit " + bit).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K"})
    void acceptsTheHighSTwinOfAnEcdsaSignatureAsJoseDoes(String alg) {
        TestKeys.Pair pair = TestKeys.of(alg);
        byte[] signature = pair.sign(PAYLOAD);
        BigInteger order = "ES256".equals(alg) ? P256_ORDER : SECP256K1_ORDER;
        byte[] twin = signature.clone();
        System.arraycopy(TestKeys.fixed32(order.subtract(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)))), 0, twin, 32, 32);

        assertThat(ProofVerifier.verify(pair.key(VM), PAYLOAD, twin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K"})
    void refusesROrSOutsideOneToNMinusOne(String alg) {
        TestKeys.Pair pair = TestKeys.of(alg);
        VerificationKey key = pair.key(VM);
        byte[] signature = pair.sign(PAYLOAD);
        BigInteger order = "ES256".equals(alg) ? P256_ORDER : SECP256K1_ORDER;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));

        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(r, s))).isTrue();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(BigInteger.ZERO, BigInteger.ZERO))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(BigInteger.ZERO, s))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(r, BigInteger.ZERO))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(r.add(order), s))).as("r + n, when it fits").isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(order, s))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(r, order))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, rs(r, s.add(order)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES256K", "EdDSA"})
    void returnsFalseForMalformedInputWithoutThrowing(String alg) {
        TestKeys.Pair pair = TestKeys.of(alg);
        VerificationKey key = pair.key(VM);
        byte[] signature = pair.sign(PAYLOAD);

        assertThat(ProofVerifier.verify(key, PAYLOAD, new byte[0])).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, Arrays.copyOf(signature, 63))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, Arrays.copyOf(signature, 65))).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, new byte[72])).isFalse();
        assertThat(ProofVerifier.verify(key, PAYLOAD, null)).isFalse();
        assertThat(ProofVerifier.verify(key, null, signature)).isFalse();
        assertThat(ProofVerifier.verify(null, PAYLOAD, signature)).isFalse();
    }

    @Test
    void returnsFalseWhenTheKeysAlgorithmDoesNotFitItsKey() {
        TestKeys.Pair p256 = TestKeys.p256();
        TestKeys.Pair ed = TestKeys.ed25519();
        byte[] signature = p256.sign(PAYLOAD);

        assertThat(ProofVerifier.verify(new VerificationKey(VM, p256.key(VM).publicJwk(), "ES256K"), PAYLOAD, signature)).isFalse();
        assertThat(ProofVerifier.verify(new VerificationKey(VM, p256.key(VM).publicJwk(), "EdDSA"), PAYLOAD, signature)).isFalse();
        assertThat(ProofVerifier.verify(new VerificationKey(VM, ed.key(VM).publicJwk(), "ES256"), PAYLOAD, ed.sign(PAYLOAD))).isFalse();
        assertThat(ProofVerifier.verify(new VerificationKey(VM, p256.key(VM).publicJwk(), "RS256"), PAYLOAD, signature)).isFalse();
    }

    private static VerificationKey ed25519Key(byte[] publicKey) {
        return new VerificationKey(VM, new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey)).build(), "EdDSA");
    }

    private static byte[] rs(BigInteger r, BigInteger s) {
        if (r.bitLength() > 256 || s.bitLength() > 256) {
            return new byte[64]; // does not fit: all zero, also refused
        }
        byte[] signature = new byte[64];
        System.arraycopy(TestKeys.fixed32(r), 0, signature, 0, 32);
        System.arraycopy(TestKeys.fixed32(s), 0, signature, 32, 32);
        return signature;
    }

    private static byte[] append(byte[] bytes, byte extra) {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        longer[bytes.length] = extra;
        return longer;
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, reversed);
    }

    private static byte[] littleEndian32(BigInteger value) {
        byte[] bigEndian = TestKeys.fixed32(value);
        byte[] reversed = new byte[32];
        for (int i = 0; i < 32; i++) {
            reversed[i] = bigEndian[31 - i];
        }
        return reversed;
    }
}
