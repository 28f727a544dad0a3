package org.guildhall.onboarding.node.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.guildhall.onboarding.application.control.SubmittedKeys;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.certification.control.FederationCa;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeChange;
import org.guildhall.onboarding.nodetype.entity.NodeType;

/**
 * Admits the node of an approved application, in the caller's transaction: the node enters the
 * directory, the CA certifies its CSR, and the allow-list change is published for the chain. All of
 * it commits together or not at all (an HSM that does not sign leaves the application where it was).
 */
@ApplicationScoped
public class NodeAdmission {

    private static final Logger LOG = Logger.getLogger(NodeAdmission.class.getName());

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    FederationCa ca;
    @Inject
    Event<NodeAllowListChanged> allowList;

    public Node admit(NodeApplication application, NodeType type, String actor, String reason, Instant at) {
        EnodeUrl enode = SubmittedKeys.enode(application.getEnode()).orElseThrow();
        CertificationRequest csr = SubmittedKeys.csr(application.getCsrPem()).orElseThrow();
        application.admit(reason, at);
        Node node = new Node(application.getId(), application.getOrganisationId(), type.getCode(),
                application.getDomainCode(), application.getNodeName(), enode.nodeId(), enode.host(), enode.port(),
                csr.publicKeySha256Hex(), at);
        em.persist(node);
        em.flush(); // the row its change and certificate refer to goes first
        NodeChange change = new NodeChange(node.getId(), Change.ADMITTED, actor, reason, at);
        em.persist(change);
        em.flush();
        NodeCertificate certificate = ca.issue(node, csr, type, enode, at);
        em.persist(new ApplicationEvent(application.getId(), actor, "admitted",
                reason == null || reason.isBlank() ? "" : reason.strip(), at));
        em.persist(new ApplicationEvent(application.getId(), actor, "certificate-issued",
                "Certificate " + certificate.getSerial() + " valid until " + certificate.getNotAfter() + ".", at));
        allowList.fire(change.event(node));
        LOG.info(() -> "Node " + node.getName() + " admitted (" + application.reference() + "), certificate "
                + certificate.getSerial());
        return node;
    }
}
