package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.impl.BaseJWSProvider;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Set;

/**
 * EdDSA (RFC 8037, Ed25519) JWS verification with the JDK's own {@code Ed25519} signature (SunEC, since
 * Java 15), as a nimbus {@link JWSVerifier}.
 * <p>
 * Why not nimbus's {@code Ed25519Verifier}: it delegates to Google Tink, a 2.7 MB library (plus Gson and
 * annotations) whose Ed25519 is a pure-Java copy of what the JDK already ships and maintains. Nimbus
 * still parses the JWS and the JWK; only the curve arithmetic is the JDK's. The JDK is given the raw
 * public key wrapped in its fixed X.509 prefix, and a signature whose {@code S} is not below the group
 * order L is refused here first, as RFC 8032 §5.1.7 requires (no malleable second form of a signature);
 * the JDK 17 implementation refuses it as well, and the check keeps that independent of the provider.
 * Only {@code alg} {@code EdDSA} is accepted, not the fully specified {@code Ed25519}.
 */
final class Ed25519JdkVerifier extends BaseJWSProvider implements JWSVerifier {

    /** SubjectPublicKeyInfo for id-Ed25519 (RFC 8410) up to the 32 key bytes. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final BigInteger L = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));
    private static final int KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 64;

    private final PublicKey publicKey;

    /** @param x the 32-byte public key, as in the JWK's {@code x} */
    Ed25519JdkVerifier(byte[] x) throws JOSEException {
        super(Set.of(JWSAlgorithm.EdDSA));
        if (x.length != KEY_BYTES) {
            throw new JOSEException("An Ed25519 public key has 32 bytes, not " + x.length);
        }
        byte[] spki = new byte[SPKI_PREFIX.length + KEY_BYTES];
        System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
        System.arraycopy(x, 0, spki, SPKI_PREFIX.length, KEY_BYTES);
        try {
            publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new JOSEException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
            throw new JOSEException("Ed25519JdkVerifier verifies alg EdDSA only, not " + header.getAlgorithm());
        }
        if (header.getCriticalParams() != null) {
            return false;
        }
        byte[] bytes = signature.decode();
        if (bytes.length != SIGNATURE_BYTES || !canonicalS(bytes)) {
            return false;
        }
        try {
            Signature ed25519 = getJCAContext().getProvider() == null ? Signature.getInstance("Ed25519")
                    : Signature.getInstance("Ed25519", getJCAContext().getProvider());
            ed25519.initVerify(publicKey);
            ed25519.update(signingInput);
            return ed25519.verify(bytes);
        } catch (SignatureException e) {
            return false;
        } catch (InvalidKeyException | NoSuchAlgorithmException e) {
            throw new JOSEException("Cannot verify Ed25519: " + e.getMessage(), e);
        }
    }

    /** Whether the little-endian S, the signature's second half, is below L. */
    private static boolean canonicalS(byte[] signature) {
        byte[] bigEndian = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            bigEndian[i] = signature[SIGNATURE_BYTES - 1 - i];
        }
        return new BigInteger(1, bigEndian).compareTo(L) < 0;
    }
}
