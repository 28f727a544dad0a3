package org.guildhall.onboarding.node.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.node.control.NodeConfigExport;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeChange;
import org.guildhall.onboarding.nodetype.entity.NodeType;

/**
 * The public node directory and the client configuration exported from it. Everything here is what
 * the federation publishes anyway (enode URLs, certificates, standing), so it is open to all.
 */
@Stateless
@PermitAll
public class NodeDirectory {

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    Clock clock;

    /** Nodes of a domain and type (either may be null for all), in domain, type and name order. */
    public List<Node> nodes(String domain, String type) {
        return em.createNamedQuery("Node.findAll", Node.class).getResultStream()
                .filter(n -> domain == null || domain.equals(n.getDomainCode()))
                .filter(n -> type == null || type.equals(n.getNodeType()))
                .toList();
    }

    public Optional<Node> byId(UUID id) {
        return Optional.ofNullable(em.find(Node.class, id));
    }

    public List<Node> ofOrganisation(UUID organisation) {
        return em.createNamedQuery("Node.findByOrganisation", Node.class)
                .setParameter("organisation", organisation).getResultList();
    }

    public Optional<Node> ofApplication(UUID application) {
        return em.createQuery("select n from Node n where n.applicationId = :a", Node.class)
                .setParameter("a", application).getResultStream().findFirst();
    }

    /** The node's certificates, newest first. */
    public List<NodeCertificate> certificates(UUID node) {
        return em.createNamedQuery("NodeCertificate.findByNode", NodeCertificate.class)
                .setParameter("node", node).getResultList();
    }

    public List<NodeChange> changes(UUID node) {
        return em.createNamedQuery("NodeChange.findByNode", NodeChange.class).setParameter("node", node).getResultList();
    }

    public String permissionsToml() {
        return NodeConfigExport.permissionsToml(active(), Instant.now(clock));
    }

    /** Active nodes, of one domain (and the federation-wide ones) when {@code domain} is given. */
    public String staticNodesJson(String domain) {
        return NodeConfigExport.staticNodesJson(active().stream()
                .filter(n -> domain == null || n.getDomainCode() == null || domain.equals(n.getDomainCode())).toList());
    }

    /** The bootnodes for a domain: its active bootnode-type nodes and the federation-wide ones. */
    public String bootnodes(String domain) {
        Set<String> bootnodeTypes = em.createNamedQuery("NodeType.findAll", NodeType.class).getResultStream()
                .filter(NodeType::isBootnode).map(NodeType::getCode).collect(Collectors.toSet());
        return NodeConfigExport.bootnodes(active().stream()
                .filter(n -> bootnodeTypes.contains(n.getNodeType()))
                .filter(n -> n.getDomainCode() == null || n.getDomainCode().equals(domain)).toList());
    }

    private List<Node> active() {
        return em.createNamedQuery("Node.findActive", Node.class).getResultList();
    }
}
