package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.application.entity.Secp256k1Points;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.registry.domain.boundary.Domains;

/**
 * What every save of an application must pass, draft or not: a known type and domain, an enode URL and
 * a CSR that parse (a CSR's signature must verify and its key be allowed for the type), and no node id
 * or key that another node or application already has. A refusal is a 4xx and nothing is stored; what
 * only matters at submission (completeness, the subject, standards, the endpoint) is left to the checks.
 */
@ApplicationScoped
public class DraftValidation {

    @Inject
    Duplicates duplicates;
    @Inject
    Domains domains;

    /** The form's keys, parsed; the form is refused with an {@link OnboardingException} if they are not acceptable. */
    public ParsedForm validate(ApplicationForm form, NodeType type, UUID self) {
        if (form.domain() != null && domains.byCode(form.domain()).isEmpty()) {
            throw OnboardingException.invalid("unknown-domain", "There is no domain " + form.domain() + ".");
        }
        Optional<EnodeUrl> enode = SubmittedKeys.enode(form.enode());
        if (form.nodePublicKey() != null && Secp256k1Points.normaliseNodePublicKey(form.nodePublicKey()).isEmpty()) {
            throw OnboardingException.invalid("invalid-node-public-key",
                    "The node public key must be a secp256k1 public key in hex (128 digits, or 130 with 04, or 66 compressed).");
        }
        Optional<CertificationRequest> csr = SubmittedKeys.csr(form.csr());
        if (csr.isPresent() && !csr.get().keyAllowed(type.allowedKeyAlgorithms())) {
            throw OnboardingException.invalid("weak-key", "The CSR's key is " + csr.get().keyLabel()
                    + ", which is not allowed for " + type.getNameEn().toLowerCase() + "s (allowed: "
                    + String.join(", ", type.allowedKeyAlgorithms()) + ").");
        }
        enode.flatMap(e -> duplicates.enodeTaken(e.nodeId(), self)).ifPresent(where -> {
            throw OnboardingException.conflict("duplicate-enode", "This node id is already used by " + where + ".");
        });
        csr.flatMap(c -> duplicates.keyTaken(c.publicKeySha256Hex(), self)).ifPresent(where -> {
            throw OnboardingException.conflict("duplicate-key", "The CSR's public key is already used by " + where + ".");
        });
        return new ParsedForm(enode, csr);
    }

    /** The parsed keys of a form that passed. */
    public record ParsedForm(Optional<EnodeUrl> enode, Optional<CertificationRequest> csr) {

        public String canonicalEnode() {
            return enode.map(EnodeUrl::toString).orElse(null);
        }

        public String csrPem() {
            return csr.map(CertificationRequest::pem).orElse(null);
        }

        public String keyFingerprint() {
            return csr.map(CertificationRequest::publicKeySha256Hex).orElse(null);
        }
    }
}
