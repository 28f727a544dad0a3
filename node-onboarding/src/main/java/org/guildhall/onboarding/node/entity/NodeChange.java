package org.guildhall.onboarding.node.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;

/** One change of a node's place on the allow-list; its id is the change's id on chain. */
@Entity
@Table(name = "node_change", schema = "onboarding")
@NamedQuery(name = "NodeChange.findByNode", query = "select c from NodeChange c where c.nodeId = :node order by c.at, c.id")
public class NodeChange {

    @Id
    private UUID id;
    @jakarta.persistence.Column(name = "node_id")
    private UUID nodeId;
    @Enumerated(EnumType.STRING)
    private Change change;
    private String actor;
    private String reason;
    private Instant at;

    protected NodeChange() {
    }

    public NodeChange(UUID nodeId, Change change, String actor, String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.nodeId = nodeId;
        this.change = change;
        this.actor = actor;
        this.reason = reason == null ? "" : reason.strip();
        this.at = at;
    }

    /** The event chain-bridge turns into a contract write. */
    public NodeAllowListChanged event(Node node) {
        return new NodeAllowListChanged(id, node.getId(), node.getEnodeId(), node.getHost(), node.getPort(), change, at);
    }

    public UUID getId() { return id; }
    public UUID getNodeId() { return nodeId; }
    public Change getChange() { return change; }
    public String getActor() { return actor; }
    public String getReason() { return reason; }
    public Instant getAt() { return at; }
}
