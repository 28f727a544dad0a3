package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.proposals.voting.entity.VoterKey;

/**
 * The JWS verifier for a voter's key: the one place that decides which code checks which signature.
 * <ul>
 * <li>ES256 and ES256K: nimbus's {@link ECDSAVerifier} computing on BouncyCastle. For secp256k1 there is
 * no choice (JDK 17's providers dropped the curve). For P-256 the JDK's SunEC was tried first and fails
 * Wycheproof: on 17.0.15 it refuses the valid vector tcId 350 of {@code ecdsa_secp256r1_sha256_test}
 * ("k*G has a large x-coordinate", where x(R) lies in [n, p) and must be reduced modulo n). An honest
 * signature lands there with a chance near 2^-128, so no voter would notice, but verification should be
 * exact, and BouncyCastle passes every vector. The provider is one private instance handed to nimbus,
 * not registered in {@code java.security.Security}, so the application server's provider list stays as
 * it is.</li>
 * <li>EdDSA: {@link Ed25519JdkVerifier}, the JDK's Ed25519.</li>
 * </ul>
 * The ECDSA verifier takes the JOSE form of a signature, {@code r || s} of 32 bytes each (RFC 7515
 * §A.3, RFC 8812 §3.2), refuses r or s outside [1, n-1] before any curve arithmetic (CVE-2022-21449),
 * and does not require low s: neither RFC asks for it, so a signature and its (r, n-s) twin both verify.
 * A verifier is cheap and made per call; it holds no state between verifications.
 */
final class JwsVerifiers {

    static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private JwsVerifiers() {
    }

    /** Nimbus's ECDSA verifier computing on BouncyCastle, for P-256 and secp256k1 alike. */
    static ECDSAVerifier ecdsa(ECKey publicKey) throws JOSEException {
        ECDSAVerifier verifier = new ECDSAVerifier(publicKey.toECPublicKey(BOUNCY_CASTLE));
        verifier.getJCAContext().setProvider(BOUNCY_CASTLE);
        return verifier;
    }

    /** The verifier of a registered key; its stored JWK is validated again on the way. */
    static JWSVerifier forKey(VoterKey key) {
        JWK jwk = VoterKeys.jwkOf(key);
        try {
            switch (key.algorithm()) {
                case "ES256":
                case "ES256K":
                    return ecdsa((ECKey) jwk);
                case "EdDSA": {
                    return new Ed25519JdkVerifier(((OctetKeyPair) jwk).getDecodedX());
                }
                default:
                    throw new IllegalStateException("VoterKey admits no algorithm " + key.algorithm());
            }
        } catch (JOSEException e) {
            throw new BallotSignatureException("the registered key " + UntrustedText.quote(key.kid())
                    + " cannot verify signatures: " + e.getMessage(), e);
        }
    }
}
