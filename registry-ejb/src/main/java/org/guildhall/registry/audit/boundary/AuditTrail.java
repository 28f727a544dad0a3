package org.guildhall.registry.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.guildhall.registry.audit.entity.AuditRecord;

/** Writes and reads the audit trail. Writing joins the caller's transaction. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    Clock clock;

    @PermitAll
    public void record(String actor, String context, String action, String subject, String detail) {
        em.persist(new AuditRecord(Instant.now(clock), actor, context, action, subject, detail));
    }

    @RolesAllowed({"admin", "auditor"})
    public List<AuditRecord> latest(int max) {
        return em.createNamedQuery("AuditRecord.findLatest", AuditRecord.class).setMaxResults(max).getResultList();
    }

    @RolesAllowed({"admin", "auditor"})
    public List<AuditRecord> about(String subject) {
        return em.createNamedQuery("AuditRecord.findBySubject", AuditRecord.class)
                .setParameter("subject", subject).getResultList();
    }
}
