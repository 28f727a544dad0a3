package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.ApplicationStatus;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeStatus;

/**
 * Whether a node name, node id or certificate key is already someone's: a live node (active or
 * suspended) or another application on its way (submitted, sent back, in the vote). Drafts reserve
 * nothing. The database's unique indexes on live nodes are the last line; this gives the message.
 *
 * @return where it is taken ("node bj-core-1", "application NA-7"), if it is
 */
@ApplicationScoped
public class Duplicates {

    static final List<ApplicationStatus> IN_FLIGHT =
            List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.IN_VOTE);
    static final List<NodeStatus> LIVE = List.of(NodeStatus.ACTIVE, NodeStatus.SUSPENDED);

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;

    public Optional<String> nameTaken(String name, UUID self) {
        String lower = name.toLowerCase(Locale.ROOT);
        return first(em.createQuery("select n from Node n where lower(n.name) = :v and n.status in :live"
                        + " and n.applicationId <> :self", Node.class),
                em.createQuery("select a from NodeApplication a where lower(a.nodeName) = :v and a.status in :flight"
                        + " and a.id <> :self", NodeApplication.class), lower, lower, self);
    }

    public Optional<String> enodeTaken(String nodeId, UUID self) {
        return first(em.createQuery("select n from Node n where n.enodeId = :v and n.status in :live"
                        + " and n.applicationId <> :self", Node.class),
                em.createQuery("select a from NodeApplication a where a.enode like :v and a.status in :flight"
                        + " and a.id <> :self", NodeApplication.class), nodeId, "enode://" + nodeId + "@%", self);
    }

    public Optional<String> keyTaken(String fingerprint, UUID self) {
        return first(em.createQuery("select n from Node n where n.keyFingerprint = :v and n.status in :live"
                        + " and n.applicationId <> :self", Node.class),
                em.createQuery("select a from NodeApplication a where a.keyFingerprint = :v and a.status in :flight"
                        + " and a.id <> :self", NodeApplication.class), fingerprint, fingerprint, self);
    }

    /** Whether the application's name, node id or key is now another node's or application's. */
    public Optional<String> takenByAnother(NodeApplication application) {
        return nameTaken(application.getNodeName(), application.getId())
                .or(() -> application.getKeyFingerprint() == null ? Optional.empty()
                        : keyTaken(application.getKeyFingerprint(), application.getId()))
                .or(() -> application.enodeId().flatMap(id -> enodeTaken(id, application.getId())));
    }

    private static Optional<String> first(jakarta.persistence.TypedQuery<Node> nodes,
                                          jakarta.persistence.TypedQuery<NodeApplication> applications,
                                          String nodeValue, String applicationValue, UUID self) {
        UUID me = self == null ? new UUID(0, 0) : self;
        Optional<String> node = nodes.setParameter("v", nodeValue).setParameter("live", LIVE).setParameter("self", me)
                .setMaxResults(1).getResultStream().findFirst().map(n -> "node " + n.getName());
        if (node.isPresent()) {
            return node;
        }
        return applications.setParameter("v", applicationValue).setParameter("flight", IN_FLIGHT)
                .setParameter("self", me).setMaxResults(1).getResultStream().findFirst()
                .map(a -> "application " + a.reference());
    }
}
