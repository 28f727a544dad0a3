package org.guildhall.onboarding.certification.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.security.Provider;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * The one signature verification primitive of certification: verifies a signature made with the key
 * of a SubjectPublicKeyInfo under an X.509 signature algorithm, through BouncyCastle (an explicit
 * provider instance; nothing is registered globally). Tested against the Wycheproof vectors.
 */
final class SignatureCheck {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private SignatureCheck() {
    }

    /**
     * Whether {@code signature} is a valid signature of {@code message}. An unsupported or unknown
     * algorithm, a key that does not fit it, or a malformed signature all count as invalid; never throws.
     */
    static boolean verify(SubjectPublicKeyInfo publicKey, AlgorithmIdentifier algorithm, byte[] message,
                          byte[] signature) {
        try {
            ContentVerifier verifier = new JcaContentVerifierProviderBuilder().setProvider(BOUNCY_CASTLE)
                    .build(publicKey).get(algorithm);
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(message);
            }
            return verifier.verify(signature);
        } catch (OperatorCreationException | IOException | RuntimeException e) {
            return false;
        }
    }
}
