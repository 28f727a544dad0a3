package org.guildhall.onboarding.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.onboarding.application.control.SubmittedKeys;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.certification.control.FederationCa;
import org.guildhall.onboarding.certification.entity.CaCertificate;
import org.guildhall.onboarding.certification.entity.CertificateStatus;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.certification.entity.RevocationList;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.guildhall.onboarding.node.control.NodeStanding;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeStatus;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;

/**
 * The federation CA's public face and an admitted node's certificate life: renewal, suspension,
 * reinstatement and revocation. Reviewers and admins suspend, reinstate and revoke; an operator
 * renews and may revoke their own organisation's node (a compromised key, a node shut down).
 */
@Stateless
public class NodeCertification {

    private static final String OPERATOR = "node-operator";

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    FederationCa ca;
    @Inject
    NodeStanding standing;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @PermitAll
    public CaCertificate caCertificate() {
        return ca.current(Instant.now(clock));
    }

    @PermitAll
    public RevocationList crl() {
        return ca.currentCrl(Instant.now(clock));
    }

    @RolesAllowed({"reviewer", "admin"})
    public Node suspend(@NotNull UUID nodeId, String reason) {
        return change(nodeId, Change.SUSPENDED, null, requireReason(reason));
    }

    @RolesAllowed({"reviewer", "admin"})
    public Node reinstate(@NotNull UUID nodeId, String reason) {
        return change(nodeId, Change.REINSTATED, null, reason);
    }

    /** Revokes the node's certificates and takes it off the allow-list for good. */
    @RolesAllowed({"reviewer", "admin", OPERATOR})
    public Node revoke(@NotNull UUID nodeId, @NotNull RevocationReason reason, String text) {
        if (reason == RevocationReason.CERTIFICATE_HOLD || reason == RevocationReason.SUPERSEDED) {
            throw OnboardingException.invalid("invalid-revocation-reason",
                    "Use suspension for a hold; superseding happens by renewal.");
        }
        if (!session.isCallerInRole("reviewer") && !session.isCallerInRole("admin")) {
            requireOwn(node(nodeId, false));
        }
        return change(nodeId, Change.REVOKED, reason, requireReason(text));
    }

    /**
     * A new certificate for an active node: for a new CSR when one is given (the node's key changes),
     * else for the key it has. The old certificate is superseded and listed on the CRL.
     */
    @RolesAllowed({OPERATOR, "admin"})
    public NodeCertificate renew(@NotNull UUID nodeId, String csrPem) {
        Node node = node(nodeId, true);
        if (!session.isCallerInRole("admin")) {
            requireOwn(node);
        }
        if (node.getStatus() != NodeStatus.ACTIVE) {
            throw OnboardingException.conflict("transition-not-allowed", "Node " + node.getName() + " is "
                    + node.getStatus().name().toLowerCase() + "; only an active node's certificate is renewed.");
        }
        NodeApplication application = em.find(NodeApplication.class, node.getApplicationId());
        NodeType type = em.find(NodeType.class, node.getNodeType());
        CertificationRequest csr = SubmittedKeys.csr(csrPem == null || csrPem.isBlank() ? application.getCsrPem() : csrPem)
                .orElseThrow();
        if (!csr.keyAllowed(type.allowedKeyAlgorithms())) {
            throw OnboardingException.invalid("weak-key", "The CSR's key is " + csr.keyLabel()
                    + ", which is not allowed for " + type.getNameEn().toLowerCase() + "s.");
        }
        if (!csr.publicKeySha256Hex().equals(node.getKeyFingerprint())) {
            throw OnboardingException.invalid("key-change-not-supported",
                    "A renewal keeps the node's certificate key; to change the key, apply for the node again.");
        }
        Instant now = Instant.now(clock);
        List<NodeCertificate> previous = certificates(nodeId).stream()
                .filter(c -> c.getStatus() == CertificateStatus.VALID).toList();
        EnodeUrl enode = EnodeUrl.parse(node.enodeUrl());
        NodeCertificate renewed = ca.issue(node, csr, type, enode, now);
        previous.forEach(c -> c.list(CertificateStatus.SUPERSEDED, RevocationReason.SUPERSEDED.name(), now));
        em.flush();
        ca.publishCrl(now);
        audit.record(caller(), "onboarding", "node.certificate-renewed", nodeId.toString(), renewed.getSerial());
        return renewed;
    }

    @PermitAll
    public List<NodeCertificate> certificates(@NotNull UUID nodeId) {
        return em.createNamedQuery("NodeCertificate.findByNode", NodeCertificate.class)
                .setParameter("node", nodeId).getResultList();
    }

    @PermitAll
    public Optional<NodeCertificate> certificate(@NotNull String serialHex) {
        return Optional.ofNullable(em.find(NodeCertificate.class, serialHex.toLowerCase()));
    }

    /** Valid certificates of the caller's organisation's nodes that are inside their renewal window. */
    @RolesAllowed(OPERATOR)
    public List<NodeCertificate> dueForRenewal() {
        UUID organisation = memberships.memberOrganisationOf(caller()).map(o -> o.getId()).orElse(null);
        if (organisation == null) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        return em.createNamedQuery("Node.findByOrganisation", Node.class).setParameter("organisation", organisation)
                .getResultStream()
                .filter(n -> n.getStatus() == NodeStatus.ACTIVE)
                .flatMap(n -> {
                    NodeType type = em.find(NodeType.class, n.getNodeType());
                    return certificates(n.getId()).stream()
                            .filter(c -> c.isDueForRenewal(now, Duration.ofDays(type.getRenewalWindowDays())));
                })
                .toList();
    }

    private Node change(UUID nodeId, Change change, RevocationReason revocation, String reason) {
        Node node = node(nodeId, true);
        standing.change(node, change, revocation, caller(), reason, Instant.now(clock));
        audit.record(caller(), "onboarding", "node." + change.name().toLowerCase(), nodeId.toString(),
                reason == null ? "" : reason);
        return node;
    }

    private void requireOwn(Node node) {
        boolean own = memberships.memberOrganisationOf(caller())
                .filter(o -> o.getId().equals(node.getOrganisationId())).isPresent();
        if (!own) {
            throw OnboardingException.forbidden("Node " + node.getName() + " belongs to another organisation.");
        }
    }

    private Node node(UUID id, boolean lock) {
        return Optional.ofNullable(lock ? em.find(Node.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Node.class, id))
                .orElseThrow(() -> OnboardingException.notFound("No node " + id + "."));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw OnboardingException.invalid("reason-required", "Say why: a reason is required.");
        }
        return reason.strip();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
