package org.guildhall.registry.domain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.domain.entity.DomainChange;
import org.guildhall.registry.domain.entity.DomainChangeKind;

/** Writes a domain change: the domain's state after it, canonical and hashed and queued for anchoring, in the caller's transaction. */
@ApplicationScoped
public class DomainChanges {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Domain changes are anchored under the subject {@code domain:<code>}, one version per change id. */
    public static final String SUBJECT_PREFIX = "domain:";

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    RegistryAnchoring anchoring;

    public DomainChange record(Domain domain, DomainChangeKind kind, String decidedBy, UUID decisionId, Instant at) {
        var detail = JSON.createObjectBuilder()
                .add("change", kind.name().toLowerCase())
                .add("domain", domain.getCode())
                .add("governedBy", domain.getGovernedBy().toString())
                .add("nameEn", domain.getNameEn())
                .add("nameZh", domain.getNameZh())
                .add("quota", domain.getQuota())
                .add("status", domain.getStatus().name().toLowerCase())
                .add("at", at.toString());
        if (domain.getParentCode() != null) {
            detail.add("parent", domain.getParentCode());
        }
        if (decisionId != null) {
            detail.add("decision", decisionId.toString());
        }
        String canonical = CanonicalContent.canonical(detail.build().toString());
        DomainChange change = new DomainChange(domain.getCode(), kind, canonical, CanonicalContent.sha256Hex(canonical),
                decidedBy, decisionId, at);
        em.persist(change);
        anchoring.enqueue(SUBJECT_PREFIX + domain.getCode(), change.getId().toString(), CanonicalContent.sha256(canonical));
        return change;
    }
}
