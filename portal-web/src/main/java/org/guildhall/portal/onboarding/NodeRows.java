package org.guildhall.portal.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.nodes.boundary.NodeChainStatus;
import org.guildhall.chainbridge.nodes.entity.NodeChangeDelivery;
import org.guildhall.chainbridge.nodes.entity.NodeOnChain;
import org.guildhall.onboarding.certification.entity.CertificateStatus;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeChange;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * Nodes as the directory and "my nodes" show them: with their organisation, newest certificate and
 * their place on the allow-list on chain. The chain status is {@code pending} while the node's last
 * change is on its way, {@code failed} when its delivery failed, else what the NodeRegistry says now
 * ({@code allowed}, {@code not-allowed}), or {@code unavailable} when the chain cannot be asked. Once the
 * chain did not answer, the other nodes of the same listing are not asked again (each ask waits).
 */
@ApplicationScoped
public class NodeRows {

    /** One node with what the pages show about it. */
    public record NodeRow(Node node, String organisation, NodeCertificate certificate, String certificateState,
                          String chain, String txHash) {

        public String getCertificateSerial() {
            return certificate == null ? null : certificate.getSerial();
        }
    }

    @Inject
    NodeDirectory directory;
    @Inject
    NodeChainStatus chain;
    @Inject
    Memberships memberships;
    @Inject
    Clock clock;

    public List<NodeRow> of(List<Node> nodes) {
        Instant now = Instant.now(clock);
        List<NodeRow> rows = new ArrayList<>();
        boolean chainAnswers = true;
        for (Node node : nodes) {
            NodeCertificate certificate = directory.certificates(node.getId()).stream().findFirst().orElse(null);
            Optional<NodeChangeDelivery> delivery = lastDelivery(node);
            String status = delivery.map(NodeChangeDelivery::status).orElse(null);
            String standing;
            if ("pending".equals(status) || "submitted".equals(status)) {
                standing = "pending";
            } else if ("failed".equals(status)) {
                standing = "failed";
            } else if (!chainAnswers) {
                standing = "unavailable";
            } else {
                NodeOnChain onChain = chain.onChain(node.getEnodeId(), node.getHost(), node.getPort());
                chainAnswers = onChain.availability() != NodeOnChain.Availability.UNAVAILABLE;
                standing = !onChain.isRead() ? "unavailable" : onChain.connectionAllowed() ? "allowed" : "not-allowed";
            }
            rows.add(new NodeRow(node, organisationName(node.getOrganisationId()), certificate,
                    certificateState(certificate, now), standing, delivery.map(NodeChangeDelivery::txHash).orElse(null)));
        }
        return rows;
    }

    private Optional<NodeChangeDelivery> lastDelivery(Node node) {
        List<NodeChange> changes = directory.changes(node.getId());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        UUID last = changes.get(changes.size() - 1).getId();
        Map<UUID, NodeChangeDelivery> deliveries = chain.deliveriesOf(List.of(last));
        return Optional.ofNullable(deliveries.get(last));
    }

    private String organisationName(UUID id) {
        return memberships.byId(id).map(Organisation::getName).orElse("—");
    }

    /** valid, expired, on-hold, revoked, superseded, or none. */
    static String certificateState(NodeCertificate certificate, Instant now) {
        if (certificate == null) {
            return "none";
        }
        if (certificate.getStatus() == CertificateStatus.VALID) {
            return now.isAfter(certificate.getNotAfter()) ? "expired" : "valid";
        }
        return certificate.getStatus().name().toLowerCase().replace('_', '-');
    }
}
