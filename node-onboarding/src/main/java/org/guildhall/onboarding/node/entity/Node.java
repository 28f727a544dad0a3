package org.guildhall.onboarding.node.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;

/**
 * An admitted node: its identity on the network (enode id, host, port), its organisation, type and
 * domain, and its standing. Every change of standing is a {@link NodeChange}, which goes on chain.
 */
@Entity
@Table(name = "node", schema = "onboarding")
@NamedQuery(name = "Node.findAll", query = "select n from Node n order by n.domainCode, n.nodeType, n.name")
@NamedQuery(name = "Node.findByOrganisation",
        query = "select n from Node n where n.organisationId = :organisation order by n.name")
@NamedQuery(name = "Node.findLiveByOrganisation",
        query = "select n from Node n where n.organisationId = :organisation and n.status in :statuses")
@NamedQuery(name = "Node.findActive",
        query = "select n from Node n where n.status = org.guildhall.onboarding.node.entity.NodeStatus.ACTIVE"
                + " order by n.nodeType, n.name")
@NamedQuery(name = "Node.countLiveByEnode",
        query = "select count(n) from Node n where n.enodeId = :enode and n.status in :statuses")
@NamedQuery(name = "Node.countLiveByKey",
        query = "select count(n) from Node n where n.keyFingerprint = :key and n.status in :statuses")
@NamedQuery(name = "Node.countLiveByName",
        query = "select count(n) from Node n where lower(n.name) = :name and n.status in :statuses")
public class Node {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "node_type")
    private String nodeType;
    @Column(name = "domain_code")
    private String domainCode;
    private String name;
    @Column(name = "enode_id")
    private String enodeId;
    private String host;
    private int port;
    @Column(name = "key_fingerprint")
    private String keyFingerprint;
    @Enumerated(EnumType.STRING)
    private NodeStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "admitted_at")
    private Instant admittedAt;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Version
    private long version;

    protected Node() {
    }

    public Node(UUID applicationId, UUID organisationId, String nodeType, String domainCode, String name,
                String enodeId, String host, int port, String keyFingerprint, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId);
        this.organisationId = Objects.requireNonNull(organisationId);
        this.nodeType = Objects.requireNonNull(nodeType);
        this.domainCode = domainCode;
        this.name = Objects.requireNonNull(name);
        this.enodeId = Objects.requireNonNull(enodeId);
        this.host = Objects.requireNonNull(host);
        this.port = port;
        this.keyFingerprint = Objects.requireNonNull(keyFingerprint);
        this.status = NodeStatus.ACTIVE;
        this.admittedAt = at;
        this.statusChangedAt = at;
    }

    /** Applies a change of standing, if the current one allows it. */
    public void change(Change change, String reason, Instant at) {
        NodeStatus target = switch (change) {
            case ADMITTED -> throw new IllegalArgumentException("A node is admitted once, when it is created");
            case SUSPENDED -> requireFrom(change, NodeStatus.SUSPENDED, NodeStatus.ACTIVE);
            case REINSTATED -> requireFrom(change, NodeStatus.ACTIVE, NodeStatus.SUSPENDED);
            case REVOKED -> requireFrom(change, NodeStatus.REVOKED, NodeStatus.ACTIVE, NodeStatus.SUSPENDED);
            case DEACTIVATED -> requireFrom(change, NodeStatus.DEACTIVATED, NodeStatus.ACTIVE, NodeStatus.SUSPENDED);
        };
        status = target;
        statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        statusChangedAt = at;
    }

    private NodeStatus requireFrom(Change change, NodeStatus target, NodeStatus... from) {
        for (NodeStatus allowed : from) {
            if (status == allowed) {
                return target;
            }
        }
        throw OnboardingException.conflict("transition-not-allowed",
                "Node " + name + " is " + status.name().toLowerCase() + ", so it cannot be "
                        + change.name().toLowerCase() + ".");
    }

    /** The enode URL the node was admitted with. */
    public String enodeUrl() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "enode://" + enodeId + "@" + hostPart + ":" + port;
    }

    public UUID getId() { return id; }
    public UUID getApplicationId() { return applicationId; }
    public UUID getOrganisationId() { return organisationId; }
    public String getNodeType() { return nodeType; }
    public String getDomainCode() { return domainCode; }
    public String getName() { return name; }
    public String getEnodeId() { return enodeId; }
    public String getHost() { return host; }
    public int getPort() { return port; }
    public String getKeyFingerprint() { return keyFingerprint; }
    public NodeStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Instant getAdmittedAt() { return admittedAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
}
