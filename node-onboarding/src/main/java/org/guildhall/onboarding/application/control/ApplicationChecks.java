package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guildhall.onboarding.application.entity.CheckResult;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.application.entity.Secp256k1Points;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.proposals.standard.boundary.Standards;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.DomainStatus;

/**
 * The automated checks of a submission, in the order the operator reads them. Each yields a
 * {@link CheckResult}; none throws for bad content, so that every problem is reported at once.
 */
@ApplicationScoped
public class ApplicationChecks {

    @Inject
    Duplicates duplicates;
    @Inject
    EndpointProbe probe;
    @Inject
    Domains domains;
    @Inject
    Standards standards;

    public List<CheckResult> run(NodeApplication application, NodeType type, String organisationName) {
        List<CheckResult> results = new ArrayList<>();
        Optional<EnodeUrl> enode = enode(application, results);
        Optional<CertificationRequest> csr = csr(application, type, organisationName, results);
        results.add(domain(application, type));
        results.add(uniqueName(application));
        enode.ifPresent(e -> results.add(uniqueEnode(application, e)));
        csr.ifPresent(c -> results.add(uniqueKey(application, c)));
        results.add(standardsDeclared(application, type));
        results.add(serviceLevel(application, type));
        results.add(application.getContact() == null ? CheckResult.failed("contact", "Give a contact address.")
                : CheckResult.passed("contact", "Contact: " + application.getContact() + "."));
        enode.ifPresent(e -> results.add(probe.probe(e.host(), e.port())));
        return results;
    }

    private Optional<EnodeUrl> enode(NodeApplication application, List<CheckResult> results) {
        if (application.getEnode() == null) {
            results.add(CheckResult.failed("enode-syntax", "Give the node's P2P endpoint as an enode URL."));
            return Optional.empty();
        }
        try {
            EnodeUrl parsed = EnodeUrl.parse(application.getEnode());
            results.add(CheckResult.passed("enode-syntax", "A well-formed enode URL for " + parsed.host() + ":"
                    + parsed.port() + "."));
            boolean onCurve = parsed.hasValidSecp256k1Key();
            results.add(onCurve ? CheckResult.passed("enode-key", "The node id is a valid secp256k1 public key.")
                    : CheckResult.failed("enode-key", "The node id is not a point on secp256k1."));
            results.add(nodePublicKey(application, parsed));
            return onCurve ? Optional.of(parsed) : Optional.empty();
        } catch (OnboardingException | IllegalArgumentException e) {
            results.add(CheckResult.failed("enode-syntax", e.getMessage()));
            return Optional.empty();
        }
    }

    private static CheckResult nodePublicKey(NodeApplication application, EnodeUrl enode) {
        if (application.getNodePublicKey() == null) {
            return CheckResult.failed("node-public-key", "Give the node's public key.");
        }
        Optional<String> key = Secp256k1Points.normaliseNodePublicKey(application.getNodePublicKey());
        if (key.isEmpty()) {
            return CheckResult.failed("node-public-key", "The node public key is not a secp256k1 public key in hex.");
        }
        return key.get().equals(enode.nodeId())
                ? CheckResult.passed("node-public-key", "The node public key is the enode's node id.")
                : CheckResult.failed("node-public-key", "The node public key is not the enode's node id.");
    }

    private Optional<CertificationRequest> csr(NodeApplication application, NodeType type, String organisationName,
                                               List<CheckResult> results) {
        if (application.getCsrPem() == null) {
            results.add(CheckResult.failed("csr-signature", "Upload a PKCS#10 certificate signing request."));
            return Optional.empty();
        }
        CertificationRequest csr;
        try {
            csr = SubmittedKeys.csr(application.getCsrPem()).orElseThrow();
        } catch (OnboardingException e) {
            results.add(CheckResult.failed("csr-signature", e.getMessage()));
            return Optional.empty();
        }
        results.add(CheckResult.passed("csr-signature", "The CSR's signature verifies with its public key."));
        String label = csr.keyLabel();
        results.add(csr.keyAllowed(type.allowedKeyAlgorithms())
                ? CheckResult.passed("csr-key", label + " is allowed for " + type.getNameEn().toLowerCase() + "s.")
                : CheckResult.failed("csr-key", label + " is not allowed for " + type.getNameEn().toLowerCase()
                        + "s; allowed: " + String.join(", ", type.allowedKeyAlgorithms()) + "."));
        results.add(subject(csr, application.getNodeName(), organisationName));
        return Optional.of(csr);
    }

    static CheckResult subject(CertificationRequest csr, String nodeName, String organisationName) {
        List<String> problems = new ArrayList<>();
        if (!nodeName.equalsIgnoreCase(csr.commonName().orElse(""))) {
            problems.add("CN is \"" + csr.commonName().orElse("") + "\", not the node name \"" + nodeName + "\"");
        }
        String o = csr.organisation().orElse("");
        if (!organisationName.strip().equalsIgnoreCase(o.strip())) {
            problems.add("O is \"" + o + "\", not the organisation \"" + organisationName + "\"");
        }
        return problems.isEmpty()
                ? CheckResult.passed("csr-subject", "The subject " + csr.subject() + " names the node and its organisation.")
                : CheckResult.failed("csr-subject", String.join("; ", problems) + ".");
    }

    private CheckResult domain(NodeApplication application, NodeType type) {
        String code = application.getDomainCode();
        if (code == null) {
            return type.isDomainScoped()
                    ? CheckResult.failed("domain", "A " + type.getNameEn().toLowerCase() + " serves a regional domain: choose one.")
                    : CheckResult.passed("domain", "Federation-wide node.");
        }
        return domains.byCode(code)
                .map(d -> d.getStatus() == DomainStatus.ACTIVE
                        ? CheckResult.passed("domain", "Domain " + code + " is active.")
                        : CheckResult.failed("domain", "Domain " + code + " is " + d.getStatus().name().toLowerCase() + "."))
                .orElseGet(() -> CheckResult.failed("domain", "There is no domain " + code + "."));
    }

    private CheckResult uniqueName(NodeApplication application) {
        return duplicates.nameTaken(application.getNodeName(), application.getId())
                .map(where -> CheckResult.failed("unique-name", "The name " + application.getNodeName() + " is taken by " + where + "."))
                .orElseGet(() -> CheckResult.passed("unique-name", "No other node is called " + application.getNodeName() + "."));
    }

    private CheckResult uniqueEnode(NodeApplication application, EnodeUrl enode) {
        return duplicates.enodeTaken(enode.nodeId(), application.getId())
                .map(where -> CheckResult.failed("unique-enode", "This node id is already used by " + where + "."))
                .orElseGet(() -> CheckResult.passed("unique-enode", "No other node has this node id."));
    }

    private CheckResult uniqueKey(NodeApplication application, CertificationRequest csr) {
        return duplicates.keyTaken(csr.publicKeySha256Hex(), application.getId())
                .map(where -> CheckResult.failed("unique-key", "The CSR's public key is already used by " + where + "."))
                .orElseGet(() -> CheckResult.passed("unique-key", "No other node has this certificate key."));
    }

    private CheckResult standardsDeclared(NodeApplication application, NodeType type) {
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : type.requiredStandards()) {
            if (standards.active(code).isEmpty()) {
                unknown.add(code);
            } else if (!application.declaredStandards().contains(code)) {
                missing.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            return CheckResult.failed("standards-declared", "Required but not active in the standards catalogue: "
                    + String.join(", ", unknown) + " (ask the federation's editors).");
        }
        if (!missing.isEmpty()) {
            return CheckResult.failed("standards-declared", "Declare conformance to " + String.join(", ", missing) + ".");
        }
        return CheckResult.passed("standards-declared", type.requiredStandards().isEmpty()
                ? "No standard is required of this node type."
                : "Conformance declared to " + String.join(", ", type.requiredStandards()) + ".");
    }

    private static CheckResult serviceLevel(NodeApplication application, NodeType type) {
        if (application.getServiceLevel() == null) {
            return CheckResult.failed("service-level", "Commit to a service level of at least "
                    + type.getMinServiceLevel().stripTrailingZeros().toPlainString() + " %.");
        }
        return application.getServiceLevel().compareTo(type.getMinServiceLevel()) >= 0
                ? CheckResult.passed("service-level", application.getServiceLevel().stripTrailingZeros().toPlainString()
                        + " % meets the minimum of " + type.getMinServiceLevel().stripTrailingZeros().toPlainString() + " %.")
                : CheckResult.failed("service-level", application.getServiceLevel().stripTrailingZeros().toPlainString()
                        + " % is below the minimum of " + type.getMinServiceLevel().stripTrailingZeros().toPlainString() + " %.");
    }
}
