package org.guildhall.onboarding.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in an application's history, as the operator and the reviewers see it: saved, submitted,
 * commented, sent back, approved, put to the vote, admitted, certified, rejected, withdrawn.
 */
@Entity
@Table(name = "application_event", schema = "onboarding")
@NamedQuery(name = "ApplicationEvent.findByApplication",
        query = "select e from ApplicationEvent e where e.applicationId = :application order by e.at, e.id")
public class ApplicationEvent {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private Instant at;
    private String actor;
    private String kind;
    private String message;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(UUID applicationId, String actor, String kind, String message, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.actor = actor;
        this.kind = kind;
        this.message = message == null ? "" : message.length() > 4000 ? message.substring(0, 4000) : message;
        this.at = at;
    }

    public UUID getId() { return id; }
    public UUID getApplicationId() { return applicationId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getMessage() { return message; }
}
