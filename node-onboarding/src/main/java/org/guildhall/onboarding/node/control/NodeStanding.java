package org.guildhall.onboarding.node.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.guildhall.onboarding.certification.control.FederationCa;
import org.guildhall.onboarding.certification.entity.CertificateStatus;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeChange;

/**
 * Changes an admitted node's standing in the caller's transaction: the node, its certificates, a new
 * CRL and the allow-list change for the chain, together. Suspension puts the certificate on hold;
 * reinstatement takes it off; revocation and deactivation revoke it for good.
 */
@ApplicationScoped
public class NodeStanding {

    private static final Logger LOG = Logger.getLogger(NodeStanding.class.getName());

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    FederationCa ca;
    @Inject
    Event<NodeAllowListChanged> allowList;

    /**
     * @param revocationReason the certificate's revocation reason for REVOKED (ignored otherwise)
     */
    public NodeChange change(Node node, Change change, RevocationReason revocationReason, String actor, String reason,
                             Instant at) {
        node.change(change, reason, at);
        for (NodeCertificate certificate : em.createNamedQuery("NodeCertificate.findByNode", NodeCertificate.class)
                .setParameter("node", node.getId()).getResultList()) {
            switch (change) {
                case SUSPENDED -> listIf(certificate, CertificateStatus.VALID, CertificateStatus.ON_HOLD,
                        RevocationReason.CERTIFICATE_HOLD, at);
                case REINSTATED -> {
                    if (certificate.getStatus() == CertificateStatus.ON_HOLD) {
                        certificate.release();
                    }
                }
                case REVOKED -> revoke(certificate, revocationReason == null ? RevocationReason.UNSPECIFIED
                        : revocationReason, at);
                case DEACTIVATED -> revoke(certificate, RevocationReason.AFFILIATION_CHANGED, at);
                case ADMITTED -> throw new IllegalArgumentException("Admission goes through NodeAdmission");
            }
        }
        NodeChange recorded = new NodeChange(node.getId(), change, actor, reason, at);
        em.persist(recorded);
        em.flush();
        ca.publishCrl(at);
        allowList.fire(recorded.event(node));
        LOG.info(() -> "Node " + node.getName() + " " + change.name().toLowerCase() + " by " + actor);
        return recorded;
    }

    private static void revoke(NodeCertificate certificate, RevocationReason reason, Instant at) {
        if (certificate.getStatus() == CertificateStatus.VALID || certificate.getStatus() == CertificateStatus.ON_HOLD) {
            certificate.list(CertificateStatus.REVOKED, reason.name(), at);
        }
    }

    private static void listIf(NodeCertificate certificate, CertificateStatus from, CertificateStatus to,
                               RevocationReason reason, Instant at) {
        if (certificate.getStatus() == from) {
            certificate.list(to, reason.name(), at);
        }
    }
}
