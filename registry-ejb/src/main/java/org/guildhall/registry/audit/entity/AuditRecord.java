package org.guildhall.registry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the audit trail. Its time is kept to the microsecond, as PostgreSQL stores it, so that the
 * record in memory says what the stored one says (its hash in the audit chain is over the stored value).
 */
@Entity
@Table(name = "audit_record", schema = "audit")
@NamedQuery(name = "AuditRecord.findLatest", query = "select r from AuditRecord r order by r.id desc")
@NamedQuery(name = "AuditRecord.findBySubject",
        query = "select r from AuditRecord r where r.subject = :subject order by r.id")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private String actor;
    private String context;
    private String action;
    private String subject;
    private String detail;

    protected AuditRecord() {
    }

    public AuditRecord(Instant recordedAt, String actor, String context, String action, String subject, String detail) {
        this.recordedAt = Objects.requireNonNull(recordedAt).truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor);
        this.context = Objects.requireNonNull(context);
        this.action = Objects.requireNonNull(action);
        this.subject = Objects.requireNonNull(subject);
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() { return id; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getActor() { return actor; }
    public String getContext() { return context; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
}
