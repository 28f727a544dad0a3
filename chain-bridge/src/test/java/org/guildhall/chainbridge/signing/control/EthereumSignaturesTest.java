package org.guildhall.chainbridge.signing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.guildhall.chainbridge.signing.control.WycheproofEcdsaVectors.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

class EthereumSignaturesTest {

    private static final String SECP256K1_FILE = "ecdsa_secp256k1_sha256_test.json";
    private static final String BITCOIN_FILE = "ecdsa_secp256k1_sha256_bitcoin_test.json";
    private static final String P256_FILE = "ecdsa_secp256r1_sha256_test.json";

    private static final ECKeyPair KEY_PAIR = ECKeyPair.create(
            Numeric.toBigInt("0x4646464646464646464646464646464646464646464646464646464646464646"));
    private static final byte[] HASH = Hash.sha3("guildhall decision 42".getBytes());

    static Stream<Vector> secp256k1Vectors() {
        return WycheproofEcdsaVectors.load(SECP256K1_FILE).stream();
    }

    static Stream<Vector> bitcoinVectors() {
        return WycheproofEcdsaVectors.load(BITCOIN_FILE).stream();
    }

    static Stream<Vector> p256Vectors() {
        return WycheproofEcdsaVectors.load(P256_FILE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secp256k1Vectors")
    void decoderAndVerificationAgreeWithWycheproofSecp256k1(Vector vector) {
        assertAgreesWithVector(vector, accepts(vector, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bitcoinVectors")
    void decoderLowSRuleAndVerificationAgreeWithWycheproofBitcoin(Vector vector) {
        assertAgreesWithVector(vector, accepts(vector, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("p256Vectors")
    void decoderAndVerificationAgreeWithWycheproofP256(Vector vector) {
        assertAgreesWithVector(vector, accepts(vector, false));
    }

    @Test
    void wycheproofRunsAreNotVacuous() {
        for (String file : List.of(SECP256K1_FILE, BITCOIN_FILE, P256_FILE)) {
            List<Vector> vectors = WycheproofEcdsaVectors.load(file);
            long validAccepted = vectors.stream()
                    .filter(v -> v.result().equals("valid"))
                    .filter(v -> accepts(v, file.equals(BITCOIN_FILE)))
                    .count();
            long rejectedByDecoder = vectors.stream().filter(v -> !decodes(v)).count();
            assertThat(validAccepted).as(file).isGreaterThan(100);
            assertThat(rejectedByDecoder).as(file + ": encodings the decoder rejects").isGreaterThan(50);
        }
    }

    @Test
    void normalisesHighSToLowSAndRecoversTheSameAddress() {
        ECDSASignature raw = rfc6979Signature(HASH);
        ECDSASignature low = EthereumSignatures.toLowS(raw);
        ECDSASignature high = new ECDSASignature(low.r, EthereumSignatures.SECP256K1_N.subtract(low.s));
        assertThat(high.s).isGreaterThan(EthereumSignatures.SECP256K1_HALF_N);

        Sign.SignatureData fromHigh = EthereumSignatures.toSignatureData(der(high), HASH, KEY_PAIR.getPublicKey());
        Sign.SignatureData fromLow = EthereumSignatures.toSignatureData(der(low), HASH, KEY_PAIR.getPublicKey());

        assertThat(new BigInteger(1, fromHigh.getS())).isLessThanOrEqualTo(EthereumSignatures.SECP256K1_HALF_N);
        assertThat(fromHigh).isEqualTo(fromLow);
        assertThat(recoveredAddress(fromHigh)).isEqualTo(Keys.getAddress(KEY_PAIR));
    }

    @Test
    void matchesWeb3jSignatureOfTheSameSoftwareKeyByteForByte() {
        // web3j signs with RFC 6979 nonces, so the same (r, s) can be fed in as DER
        Sign.SignatureData expected = Sign.signMessage(HASH, KEY_PAIR, false);

        Sign.SignatureData actual = EthereumSignatures.toSignatureData(der(rfc6979Signature(HASH)), HASH,
                KEY_PAIR.getPublicKey());

        assertThat(actual.getV()).isEqualTo(expected.getV());
        assertThat(actual.getR()).isEqualTo(expected.getR());
        assertThat(actual.getS()).isEqualTo(expected.getS());
    }

    @Test
    void findsBothRecoveryIds() {
        boolean[] seen = new boolean[2];
        for (int i = 0; i < 64 && !(seen[0] && seen[1]); i++) {
            byte[] hash = Hash.sha3(new byte[] {(byte) i});
            Sign.SignatureData data = EthereumSignatures.toSignatureData(der(rfc6979Signature(hash)), hash,
                    EthereumSignatures.addressOf(KEY_PAIR.getPublicKey()));
            seen[data.getV()[0] - 27] = true;
            assertThat(Keys.getAddress(recover(hash, data))).isEqualTo(Keys.getAddress(KEY_PAIR));
        }
        assertThat(seen).containsOnly(true);
    }

    @Test
    void rejectsSignatureOfAnotherKey() {
        ECKeyPair other = ECKeyPair.create(BigInteger.valueOf(7));
        byte[] der = der(rfc6979Signature(HASH));

        assertThatThrownBy(() -> EthereumSignatures.toSignatureData(der, HASH, other.getPublicKey()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not recover");
        assertThatThrownBy(() -> EthereumSignatures.toSignatureData(der, HASH, Keys.getAddress(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not recover");
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] der = der(rfc6979Signature(HASH));
        byte[] padded = Arrays.copyOf(der, der.length + 1);

        assertThatThrownBy(() -> EthereumSignatures.decodeDer(padded)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsLongFormLengthThatDerForbids() {
        byte[] der = der(rfc6979Signature(HASH));
        byte[] ber = new byte[der.length + 1];
        ber[0] = 0x30;
        ber[1] = (byte) 0x81; // long form for a length below 128
        System.arraycopy(der, 1, ber, 2, der.length - 1);

        assertThatThrownBy(() -> EthereumSignatures.decodeDer(ber))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not DER");
    }

    @Test
    void rejectsZeroNegativeAndOutOfRangeComponents() {
        BigInteger n = EthereumSignatures.SECP256K1_N;
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(der(BigInteger.ZERO, BigInteger.ONE)))
                .hasMessageContaining("r is not positive");
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(der(BigInteger.ONE, BigInteger.ONE.negate())))
                .hasMessageContaining("s is not positive");
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(der(n, BigInteger.ONE)))
                .hasMessageContaining("r is not below the curve order");
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(der(BigInteger.ONE, n.add(BigInteger.TWO))))
                .hasMessageContaining("s is not below the curve order");
        assertThat(EthereumSignatures.decodeDer(der(n.subtract(BigInteger.ONE), BigInteger.ONE)).r)
                .isEqualTo(n.subtract(BigInteger.ONE));
    }

    @Test
    void rejectsEmptyAndNonSequenceInput() {
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(new byte[] {0x02, 0x01, 0x01}))
                .hasMessageContaining("SEQUENCE");
        assertThatThrownBy(() -> EthereumSignatures.decodeDer(new byte[] {0x30, 0x05, 0x02, 0x01}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresA32ByteHash() {
        byte[] der = der(rfc6979Signature(HASH));
        assertThatThrownBy(() -> EthereumSignatures.toSignatureData(der, new byte[31], KEY_PAIR.getPublicKey()))
                .hasMessageContaining("32-byte hash");
    }

    @Test
    void readsWeb3jPublicKeyFromAJcaSecp256k1Key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        var keyPair = generator.generateKeyPair();
        BigInteger privateKey = ((java.security.interfaces.ECPrivateKey) keyPair.getPrivate()).getS();

        assertThat(EthereumSignatures.publicKeyOf(keyPair.getPublic())).isEqualTo(Sign.publicKeyFromPrivate(privateKey));
        assertThat(EthereumSignatures.addressOf(Sign.publicKeyFromPrivate(privateKey)))
                .isEqualTo("0x" + Keys.getAddress(Sign.publicKeyFromPrivate(privateKey)));
    }

    @Test
    void refusesAP256KeyAsEthereumKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        PublicKey p256 = generator.generateKeyPair().getPublic();

        assertThatThrownBy(() -> EthereumSignatures.publicKeyOf(p256)).hasMessageContaining("Not a secp256k1");
    }

    // --- Wycheproof helpers ---

    private static void assertAgreesWithVector(Vector vector, boolean accepted) {
        switch (vector.result()) {
            case "valid" -> assertThat(accepted).as("valid signature accepted: %s", vector).isTrue();
            case "invalid" -> assertThat(accepted).as("invalid signature rejected: %s", vector).isFalse();
            case "acceptable" -> { } // either outcome is allowed
            default -> throw new IllegalStateException("Unknown result " + vector.result());
        }
    }

    /** Decoder accepts, (bitcoin only: s is low), and BouncyCastle verifies over SHA-256(msg). */
    private static boolean accepts(Vector vector, boolean requireLowS) {
        X9ECParameters curve = CustomNamedCurves.getByName(vector.curve());
        ECDomainParameters domain = new ECDomainParameters(curve);
        ECDSASignature signature;
        try {
            signature = EthereumSignatures.decodeDer(vector.signature(), curve.getN());
        } catch (IllegalArgumentException rejected) {
            return false;
        }
        if (requireLowS && !EthereumSignatures.isLowS(signature)) {
            return false;
        }
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(curve.getCurve().decodePoint(vector.publicKey()), domain));
        return verifier.verifySignature(sha256(vector.message()), signature.r, signature.s);
    }

    private static boolean decodes(Vector vector) {
        try {
            EthereumSignatures.decodeDer(vector.signature(), CustomNamedCurves.getByName(vector.curve()).getN());
            return true;
        } catch (IllegalArgumentException rejected) {
            return false;
        }
    }

    // --- signature helpers ---

    /** The (r, s) web3j's ECKeyPair.sign starts from, before it canonicalises s. */
    private static ECDSASignature rfc6979Signature(byte[] hash) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(KEY_PAIR.getPrivateKey(),
                new ECDomainParameters(Sign.CURVE_PARAMS)));
        BigInteger[] rs = signer.generateSignature(hash);
        return new ECDSASignature(rs[0], rs[1]);
    }

    private static byte[] der(ECDSASignature signature) {
        return der(signature.r, signature.s);
    }

    private static byte[] der(BigInteger r, BigInteger s) {
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recoveredAddress(Sign.SignatureData data) {
        return Keys.getAddress(recover(HASH, data));
    }

    private static BigInteger recover(byte[] hash, Sign.SignatureData data) {
        try {
            return Sign.signedMessageHashToKey(hash, data);
        } catch (java.security.SignatureException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
