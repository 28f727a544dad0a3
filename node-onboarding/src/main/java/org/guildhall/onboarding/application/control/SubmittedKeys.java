package org.guildhall.onboarding.application.control;

import java.util.Optional;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.InvalidEnodeException;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.InvalidCsrException;

/**
 * The enode URL and CSR of a form, parsed, or refused with a 4xx-worthy message. Used when a draft is
 * saved, so malformed input is never stored, and again by the checks of a submission.
 */
public final class SubmittedKeys {

    private SubmittedKeys() {
    }

    public static Optional<EnodeUrl> enode(String enode) {
        if (enode == null) {
            return Optional.empty();
        }
        try {
            EnodeUrl parsed = EnodeUrl.parse(enode);
            if (!parsed.hasValidSecp256k1Key()) {
                throw OnboardingException.invalid("invalid-enode",
                        "The enode's node id is not a valid secp256k1 public key (not a point on the curve).");
            }
            return Optional.of(parsed);
        } catch (InvalidEnodeException e) {
            throw OnboardingException.invalid("invalid-enode", e.getMessage());
        }
    }

    public static Optional<CertificationRequest> csr(String pem) {
        if (pem == null) {
            return Optional.empty();
        }
        CertificationRequest csr;
        try {
            csr = CertificationRequest.parse(pem);
        } catch (InvalidCsrException e) {
            throw OnboardingException.invalid("invalid-csr", e.getMessage());
        }
        if (!csr.signatureValid()) {
            throw OnboardingException.invalid("invalid-csr-signature",
                    "The CSR's signature does not verify with its own public key.");
        }
        return Optional.of(csr);
    }
}
