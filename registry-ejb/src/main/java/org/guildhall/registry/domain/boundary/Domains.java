package org.guildhall.registry.domain.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.domain.control.DomainChanges;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.domain.entity.DomainAction;
import org.guildhall.registry.domain.entity.DomainChange;
import org.guildhall.registry.domain.entity.DomainChangeKind;
import org.guildhall.registry.domain.entity.DomainException;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The regional domain tree: read by anyone, changed only by governance decisions (a passed proposal on
 * the domain delegation track, enacted by the portal's observer of that decision) and by start-up
 * provisioning. Every change is kept as a {@link DomainChange} and anchored with the registry's other
 * changes.
 */
@Stateless
public class Domains {

    private static final Logger LOG = Logger.getLogger(Domains.class.getName());

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    DomainChanges changes;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @PermitAll
    public List<Domain> all() {
        return em.createNamedQuery("Domain.findAll", Domain.class).getResultList();
    }

    @PermitAll
    public Optional<Domain> byCode(String code) {
        return Domain.isCode(code) ? Optional.ofNullable(em.find(Domain.class, code)) : Optional.empty();
    }

    @PermitAll
    public List<DomainChange> history(@NotNull String code) {
        return em.createNamedQuery("DomainChange.findByDomain", DomainChange.class).setParameter("domain", code)
                .getResultList();
    }

    /**
     * Carries out a passed domain delegation decision. For the decision's observer and start-up code
     * only; no endpoint calls it.
     */
    @PermitAll
    public DomainChange enact(@NotNull DomainAction action, @NotNull String decidedBy, UUID decisionId) {
        Instant now = Instant.now(clock);
        Domain domain;
        DomainChangeKind kind;
        switch (action.operation()) {
            case DELEGATE -> {
                if (em.find(Domain.class, action.domain()) != null) {
                    throw new DomainException(DomainException.Reason.CONFLICT, "domain-exists",
                            "Domain " + action.domain() + " exists already; a code is never reused.");
                }
                Domain parent = locked(action.parent());
                requireMember(action.governedBy());
                domain = parent.delegate(action.domain(), nameOr(action.nameEn(), action.domain()),
                        nameOr(action.nameZh(), action.domain()), action.governedBy(), action.quota(), now);
                em.persist(domain);
                kind = DomainChangeKind.DELEGATED;
            }
            case REGOVERN -> {
                domain = locked(action.domain());
                requireMember(action.governedBy());
                domain.regovern(action.governedBy(), now);
                kind = DomainChangeKind.REGOVERNED;
            }
            case SUSPEND -> {
                domain = locked(action.domain());
                domain.suspend(now);
                kind = DomainChangeKind.SUSPENDED;
            }
            case REACTIVATE -> {
                domain = locked(action.domain());
                domain.reactivate(now);
                kind = DomainChangeKind.REACTIVATED;
            }
            case RETIRE -> {
                domain = locked(action.domain());
                domain.retire(now);
                kind = DomainChangeKind.RETIRED;
            }
            case QUOTA -> {
                domain = locked(action.domain());
                Domain parent = domain.isRoot() ? null : locked(domain.getParentCode());
                domain.requireQuotaCovers(action.quota());
                if (parent != null) {
                    parent.reallocate(action.quota() - domain.getQuota(), now);
                }
                domain.requota(action.quota(), now);
                kind = DomainChangeKind.QUOTA_CHANGED;
            }
            default -> throw new IllegalStateException("Unhandled operation " + action.operation());
        }
        DomainChange change = changes.record(domain, kind, decidedBy, decisionId, now);
        audit.record(decidedBy, "registry", "domain." + kind.name().toLowerCase(), domain.getCode(), change.getDetail());
        LOG.info(() -> "Domain " + domain.getCode() + ": " + kind + " by " + decidedBy
                + (decisionId == null ? "" : " (decision " + decisionId + ")"));
        return change;
    }

    /**
     * Carries out a passed decision's {@code action} JSON (see {@link DomainAction} for its members);
     * refused with {@link DomainException} when it is malformed or the rules do not allow it. For the
     * decision's observer only; no endpoint calls it.
     */
    @PermitAll
    public DomainChange enactDecision(String action, @NotNull UUID decisionId) {
        return enact(org.guildhall.registry.domain.control.DomainActions.parse(action), "decision:" + decisionId, decisionId);
    }

    /** The federation root, made at first start; a no-op when it exists. For start-up code only. */
    @PermitAll
    public Domain provisionRoot(@NotNull UUID governedBy, long quota, @NotNull String nameEn, @NotNull String nameZh) {
        Domain root = em.find(Domain.class, Domain.ROOT);
        if (root != null) {
            return root;
        }
        requireMember(governedBy);
        Instant now = Instant.now(clock);
        root = Domain.root(nameEn, nameZh, governedBy, quota, now);
        em.persist(root);
        changes.record(root, DomainChangeKind.DELEGATED, "system", null, now);
        return root;
    }

    private Domain locked(String code) {
        if (!Domain.isCode(code)) {
            throw DomainException.notFound(code);
        }
        Domain domain = em.find(Domain.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (domain == null) {
            throw DomainException.notFound(code);
        }
        return domain;
    }

    private void requireMember(UUID organisation) {
        Organisation found = em.find(Organisation.class, organisation);
        if (found == null || !found.isMember()) {
            throw new DomainException(DomainException.Reason.INVALID, "not-a-member",
                    "Organisation " + organisation + " is not a member of the federation; only members govern domains.");
        }
    }

    private static String nameOr(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }
}
