package org.guildhall.onboarding.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One automated check of one submission round, kept with its result. A blocking check that failed
 * stops the submission; a non-blocking one (the endpoint answering) is shown to the reviewer.
 */
@Entity
@Table(name = "application_check", schema = "onboarding")
@NamedQuery(name = "ApplicationCheck.findByApplication",
        query = "select c from ApplicationCheck c where c.applicationId = :application order by c.round desc, c.checkedAt, c.code")
public class ApplicationCheck {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int round;
    private String code;
    @Enumerated(EnumType.STRING)
    private CheckOutcome outcome;
    private boolean blocking;
    private String detail;
    @Column(name = "checked_at")
    private Instant checkedAt;

    protected ApplicationCheck() {
    }

    public ApplicationCheck(UUID applicationId, int round, CheckResult result, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.round = round;
        this.code = result.code();
        this.outcome = result.outcome();
        this.blocking = result.blocking();
        this.detail = result.detail().length() > 2000 ? result.detail().substring(0, 2000) : result.detail();
        this.checkedAt = at;
    }

    public UUID getId() { return id; }
    public UUID getApplicationId() { return applicationId; }
    public int getRound() { return round; }
    public String getCode() { return code; }
    public CheckOutcome getOutcome() { return outcome; }
    public boolean isBlocking() { return blocking; }
    public String getDetail() { return detail; }
    public Instant getCheckedAt() { return checkedAt; }
}
