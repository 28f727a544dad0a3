package org.guildhall.chainbridge.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Turns what a PKCS#11 token returns for {@code NONEwithECDSA} (a DER {@code ECDSA-Sig-Value})
 * into an Ethereum signature: strict DER decoding, low-s normalisation (EIP-2), and the
 * recovery id that recovers the expected signer.
 *
 * <p>Pure functions, no state, no provider needed.
 */
public final class EthereumSignatures {

    /** Order n of secp256k1. */
    public static final BigInteger SECP256K1_N = Sign.CURVE_PARAMS.getN();

    /** n / 2: the largest s a low-s signature may have. */
    public static final BigInteger SECP256K1_HALF_N = SECP256K1_N.shiftRight(1);

    private static final int HASH_LENGTH = 32;

    private EthereumSignatures() {
    }

    /**
     * Decodes a strict DER {@code SEQUENCE { r INTEGER, s INTEGER }} for secp256k1.
     *
     * @throws IllegalArgumentException when the encoding is not DER, has trailing bytes, or
     *                                  r or s is outside [1, n-1]
     */
    public static ECDSASignature decodeDer(byte[] der) {
        return decodeDer(der, SECP256K1_N);
    }

    /**
     * Decodes a strict DER {@code SEQUENCE { r INTEGER, s INTEGER }} for a curve of order
     * {@code order}: the bytes must be exactly the DER encoding of the two integers (no BER
     * length forms, no padding, nothing after the sequence), and r, s must lie in [1, n-1].
     *
     * @throws IllegalArgumentException with the reason otherwise
     */
    public static ECDSASignature decodeDer(byte[] der, BigInteger order) {
        if (der == null || der.length == 0) {
            throw new IllegalArgumentException("Empty ECDSA signature");
        }
        ASN1Primitive primitive;
        try {
            primitive = ASN1Primitive.fromByteArray(der);
        } catch (Exception e) { // IOException and BouncyCastle's parsing runtime exceptions
            throw new IllegalArgumentException("Malformed ECDSA signature: " + e.getMessage(), e);
        }
        if (!(primitive instanceof ASN1Sequence sequence) || sequence.size() != 2
                || !(sequence.getObjectAt(0) instanceof ASN1Integer)
                || !(sequence.getObjectAt(1) instanceof ASN1Integer)) {
            throw new IllegalArgumentException("ECDSA signature is not a SEQUENCE of two INTEGERs");
        }
        if (!Arrays.equals(derEncoding(sequence), der)) {
            throw new IllegalArgumentException("ECDSA signature is not DER encoded");
        }
        BigInteger r = ((ASN1Integer) sequence.getObjectAt(0)).getValue();
        BigInteger s = ((ASN1Integer) sequence.getObjectAt(1)).getValue();
        requireInRange("r", r, order);
        requireInRange("s", s, order);
        return new ECDSASignature(r, s);
    }

    /** Whether s ≤ n/2 (secp256k1), the only form Ethereum accepts (EIP-2). */
    public static boolean isLowS(ECDSASignature signature) {
        return signature.s.compareTo(SECP256K1_HALF_N) <= 0;
    }

    /** The same signature with s replaced by n - s when s &gt; n/2 (secp256k1). */
    public static ECDSASignature toLowS(ECDSASignature signature) {
        return isLowS(signature) ? signature : new ECDSASignature(signature.r, SECP256K1_N.subtract(signature.s));
    }

    /**
     * Ethereum signature of {@code hash} by the holder of {@code publicKey}, from the token's
     * DER signature: decoded strictly, normalised to low-s, with v = 27 + recovery id (web3j's
     * convention for {@link Sign#signMessage}; transaction encoders adjust v per type).
     *
     * @param publicKey the signer's key in web3j form (64 bytes x‖y as an unsigned integer)
     * @throws IllegalArgumentException when the DER is invalid or no recovery id 0..1 yields
     *                                  {@code publicKey} (the signature is not by that key)
     */
    public static Sign.SignatureData toSignatureData(byte[] der, byte[] hash, BigInteger publicKey) {
        requireHash(hash);
        ECDSASignature signature = toLowS(decodeDer(der));
        for (int recId = 0; recId <= 1; recId++) {
            BigInteger recovered = Sign.recoverFromSignature(recId, signature, hash);
            if (publicKey.equals(recovered)) {
                return signatureData(signature, recId);
            }
        }
        throw new IllegalArgumentException("Signature does not recover the expected public key");
    }

    /**
     * As {@link #toSignatureData(byte[], byte[], BigInteger)}, matching the signer by its
     * address (0x-prefixed or not, any case).
     */
    public static Sign.SignatureData toSignatureData(byte[] der, byte[] hash, String address) {
        requireHash(hash);
        String expected = Numeric.cleanHexPrefix(address).toLowerCase(Locale.ROOT);
        ECDSASignature signature = toLowS(decodeDer(der));
        for (int recId = 0; recId <= 1; recId++) {
            BigInteger recovered = Sign.recoverFromSignature(recId, signature, hash);
            if (recovered != null && Keys.getAddress(recovered).equals(expected)) {
                return signatureData(signature, recId);
            }
        }
        throw new IllegalArgumentException("Signature does not recover address " + address);
    }

    /**
     * The web3j form (x‖y as an unsigned 512-bit integer) of a secp256k1 public key, from its
     * X.509 SubjectPublicKeyInfo encoding (works for JCA, BouncyCastle and PKCS#11 keys alike).
     *
     * @throws IllegalArgumentException when the key is not an EC key on secp256k1
     */
    public static BigInteger publicKeyOf(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("Public key has no X.509 encoding: " + key.getAlgorithm());
        }
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(encoded);
        ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)
                || !SECObjectIdentifiers.secp256k1.equals(info.getAlgorithm().getParameters())) {
            throw new IllegalArgumentException("Not a secp256k1 public key: " + algorithm + " "
                    + info.getAlgorithm().getParameters());
        }
        ECPoint point = Sign.CURVE_PARAMS.getCurve().decodePoint(info.getPublicKeyData().getBytes()).normalize();
        byte[] uncompressed = point.getEncoded(false);
        return new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, uncompressed.length));
    }

    /** The 0x-prefixed, lower-case Ethereum address of a public key in web3j form. */
    public static String addressOf(BigInteger publicKey) {
        return Numeric.prependHexPrefix(Keys.getAddress(publicKey));
    }

    private static Sign.SignatureData signatureData(ECDSASignature signature, int recId) {
        return new Sign.SignatureData(
                Sign.getVFromRecId(recId),
                Numeric.toBytesPadded(signature.r, 32),
                Numeric.toBytesPadded(signature.s, 32));
    }

    private static byte[] derEncoding(ASN1Sequence sequence) {
        try {
            return sequence.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed ECDSA signature: " + e.getMessage(), e);
        }
    }

    private static void requireInRange(String name, BigInteger value, BigInteger order) {
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("ECDSA signature " + name + " is not positive");
        }
        if (value.compareTo(order) >= 0) {
            throw new IllegalArgumentException("ECDSA signature " + name + " is not below the curve order");
        }
    }

    private static void requireHash(byte[] hash) {
        if (hash == null || hash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("Expected a 32-byte hash, got "
                    + (hash == null ? "null" : hash.length + " bytes"));
        }
    }
}
