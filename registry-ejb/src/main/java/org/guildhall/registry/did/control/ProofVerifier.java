package org.guildhall.registry.did.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.Provider;
import java.util.Arrays;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * Verifies the signature a DID controller sends for a registrar operation: a raw signature over the
 * payload's bytes, as JOSE defines them.
 * <ul>
 * <li>ES256 (P-256) and ES256K (secp256k1): {@code r || s}, 32 bytes each (RFC 7518 §3.4, RFC 8812),
 * ECDSA with SHA-256. r and s must lie in [1, n-1], checked here before any curve arithmetic
 * (CVE-2022-21449). Low s is not required (JOSE does not ask for it): a signature and its (r, n-s)
 * twin both verify, which is harmless here because the signed payload, not the signature, names the
 * operation. The arithmetic is BouncyCastle's, through nimbus on a private provider instance that is
 * not registered in {@code java.security.Security}: the JDK 17 providers lack secp256k1, and SunEC
 * wrongly refuses a valid Wycheproof P-256 vector (tcId 350, x(R) in [n, p)).</li>
 * <li>EdDSA (Ed25519, RFC 8032): 64 bytes; S must be below the group order L (no malleable second
 * form), checked here and again by BouncyCastle's Ed25519, which also refuses non-canonical R.</li>
 * </ul>
 * Never throws for bad input: a null, malformed or wrong-length signature, or a key it cannot use,
 * gives {@code false}.
 */
public final class ProofVerifier {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private static final int EC_SIGNATURE_BYTES = 64;
    private static final int SCALAR_BYTES = 32;
    private static final BigInteger P256_ORDER =
            new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);
    private static final BigInteger SECP256K1_ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    private static final BigInteger ED25519_ORDER = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private ProofVerifier() {
    }

    /** Whether {@code signature} is {@code key}'s signature of {@code payload}. */
    public static boolean verify(VerificationKey key, byte[] payload, byte[] signature) {
        if (key == null || payload == null || signature == null) {
            return false;
        }
        try {
            switch (key.alg()) {
                case "ES256":
                    return ecdsa(key, JWSAlgorithm.ES256, P256_ORDER, payload, signature);
                case "ES256K":
                    return ecdsa(key, JWSAlgorithm.ES256K, SECP256K1_ORDER, payload, signature);
                case "EdDSA":
                    return ed25519(key, payload, signature);
                default:
                    return false;
            }
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }

    private static boolean ecdsa(VerificationKey key, JWSAlgorithm alg, BigInteger order, byte[] payload,
            byte[] signature) throws JOSEException {
        if (signature.length != EC_SIGNATURE_BYTES || !(key.publicJwk() instanceof ECKey ecKey)
                || !inRange(Arrays.copyOfRange(signature, 0, SCALAR_BYTES), order)
                || !inRange(Arrays.copyOfRange(signature, SCALAR_BYTES, EC_SIGNATURE_BYTES), order)) {
            return false;
        }
        ECDSAVerifier verifier = new ECDSAVerifier(ecKey.toECPublicKey(BOUNCY_CASTLE));
        verifier.getJCAContext().setProvider(BOUNCY_CASTLE);
        return verifier.verify(new JWSHeader(alg), payload, Base64URL.encode(signature));
    }

    private static boolean ed25519(VerificationKey key, byte[] payload, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE || !(key.publicJwk() instanceof OctetKeyPair okp)) {
            return false;
        }
        byte[] s = new byte[SCALAR_BYTES];
        for (int i = 0; i < SCALAR_BYTES; i++) {
            s[i] = signature[Ed25519.SIGNATURE_SIZE - 1 - i];
        }
        if (new BigInteger(1, s).compareTo(ED25519_ORDER) >= 0) {
            return false;
        }
        byte[] publicKey = okp.getDecodedX();
        return publicKey.length == Ed25519.PUBLIC_KEY_SIZE
                && Ed25519.verify(signature, 0, publicKey, 0, payload, 0, payload.length);
    }

    private static boolean inRange(byte[] bigEndian, BigInteger order) {
        BigInteger value = new BigInteger(1, bigEndian);
        return value.signum() > 0 && value.compareTo(order) < 0;
    }
}
