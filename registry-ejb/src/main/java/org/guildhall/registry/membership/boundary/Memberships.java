package org.guildhall.registry.membership.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.registry.accounts.entity.Account;
import org.guildhall.registry.accounts.entity.Role;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.entity.MembershipException;
import org.guildhall.registry.membership.entity.Organisation;
import org.guildhall.registry.membership.entity.OrganisationApplication;
import org.guildhall.registry.membership.entity.OrganisationStatus;

/**
 * Applications to join the federation and their review. The applicant becomes the first member
 * representative of an approved organisation.
 */
@Stateless
public class Memberships {

    private static final Logger LOG = Logger.getLogger(Memberships.class.getName());

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    Event<OrganisationLeft> left;
    @Resource
    SessionContext session;

    @RolesAllowed({"community", "member-rep", "node-operator", "reviewer", "auditor", "admin"})
    public Organisation apply(@NotNull @Valid OrganisationApplication application) {
        Long live = em.createNamedQuery("Organisation.countLiveByName", Long.class)
                .setParameter("name", application.name().strip()).getSingleResult();
        if (live > 0) {
            throw new MembershipException(MembershipException.Reason.CONFLICT,
                    "An organisation named \"" + application.name().strip() + "\" has already applied or is a member.");
        }
        String applicant = caller();
        Organisation organisation = Organisation.apply(application, applicant, Instant.now(clock));
        em.persist(organisation);
        audit.record(applicant, "registry", "organisation.applied", organisation.getId().toString(), organisation.getName());
        LOG.info(() -> "Organisation " + organisation.getName() + " applied to join (" + organisation.getId() + ")");
        return organisation;
    }

    @RolesAllowed("admin")
    public Organisation approve(@NotNull UUID id, String reason) {
        Organisation organisation = find(id);
        String admin = caller();
        organisation.approve(admin, reason, Instant.now(clock));
        Account applicant = em.find(Account.class, organisation.getAppliedBy());
        if (applicant != null && applicant.getOrganisationId() == null) {
            applicant.joinAsRepresentative(organisation.getId());
            audit.record(admin, "registry", "account.representative-added", applicant.getUsername(), organisation.getName());
        }
        audit.record(admin, "registry", "organisation.approved", id.toString(), reason);
        LOG.info(() -> "Organisation " + organisation.getName() + " approved by " + admin);
        return organisation;
    }

    @RolesAllowed("admin")
    public Organisation reject(@NotNull UUID id, String reason) {
        Organisation organisation = find(id);
        String admin = caller();
        organisation.reject(admin, reason, Instant.now(clock));
        audit.record(admin, "registry", "organisation.rejected", id.toString(), reason);
        LOG.info(() -> "Organisation " + organisation.getName() + " rejected by " + admin);
        return organisation;
    }

    /**
     * A member leaves the federation. {@link OrganisationLeft} is fired inside this transaction, so
     * the other contexts (its nodes, its domains' registrars) follow it or nothing changes.
     */
    @RolesAllowed("admin")
    public Organisation leave(@NotNull UUID id, @NotNull String reason) {
        Organisation organisation = find(id);
        String admin = caller();
        Instant now = Instant.now(clock);
        organisation.leave(admin, reason, now);
        audit.record(admin, "registry", "organisation.left", id.toString(), reason);
        left.fire(new OrganisationLeft(id, organisation.getName(), reason.strip(), admin, now));
        LOG.info(() -> "Organisation " + organisation.getName() + " left the federation (" + admin + ")");
        return organisation;
    }

    /** Makes an existing account a representative of an approved organisation. */
    @RolesAllowed("admin")
    public void addRepresentative(@NotNull UUID organisationId, @NotNull String username) {
        Organisation organisation = find(organisationId);
        if (!organisation.isMember()) {
            throw new MembershipException(MembershipException.Reason.CONFLICT,
                    organisation.getName() + " is not an approved member.");
        }
        Account account = Optional.ofNullable(em.find(Account.class, username)).orElseThrow(
                () -> new MembershipException(MembershipException.Reason.NOT_FOUND, "No account " + username + "."));
        if (account.getOrganisationId() != null && !account.getOrganisationId().equals(organisationId)) {
            throw new MembershipException(MembershipException.Reason.CONFLICT,
                    username + " already represents another organisation.");
        }
        account.joinAsRepresentative(organisationId);
        audit.record(caller(), "registry", "account.representative-added", username, organisation.getName());
    }

    /**
     * Records an organisation that is already a member (the federation's founding members, demo
     * data). For trusted start-up code only; no endpoint calls it.
     */
    @PermitAll
    public Organisation provisionMember(@NotNull @Valid OrganisationApplication application, @NotNull String approvedBy) {
        Organisation organisation = Organisation.apply(application, approvedBy, Instant.now(clock));
        organisation.approve(approvedBy, "founding member", Instant.now(clock));
        em.persist(organisation);
        em.flush();
        audit.record(approvedBy, "registry", "organisation.provisioned", organisation.getId().toString(), organisation.getName());
        return organisation;
    }

    /** Records an application by an existing account (demo data). For trusted start-up code only. */
    @PermitAll
    public Organisation provisionApplication(@NotNull @Valid OrganisationApplication application, @NotNull String applicant) {
        Organisation organisation = Organisation.apply(application, applicant, Instant.now(clock));
        em.persist(organisation);
        em.flush();
        audit.record(applicant, "registry", "organisation.applied", organisation.getId().toString(), organisation.getName());
        return organisation;
    }

    /** Sets a member's voting weight (used by tracks weighted per organisation; running votes keep theirs). */
    @RolesAllowed("admin")
    public Organisation weigh(@NotNull UUID id, int weight) {
        Organisation organisation = find(id);
        try {
            organisation.weigh(weight);
        } catch (IllegalArgumentException e) {
            throw new MembershipException(MembershipException.Reason.INVALID, e.getMessage());
        }
        audit.record(caller(), "registry", "organisation.weighed", id.toString(), Integer.toString(weight));
        return organisation;
    }

    @RolesAllowed("admin")
    public List<Organisation> pending() {
        return em.createNamedQuery("Organisation.findByStatus", Organisation.class)
                .setParameter("status", OrganisationStatus.APPLIED).getResultList();
    }

    @PermitAll
    public List<Organisation> members() {
        return em.createNamedQuery("Organisation.findByStatus", Organisation.class)
                .setParameter("status", OrganisationStatus.APPROVED).getResultList();
    }

    @RolesAllowed({"admin", "auditor"})
    public List<Organisation> all() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    @PermitAll
    public Optional<Organisation> byId(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    /** The approved member organisation the given user belongs to (whatever their roles), if any. */
    @PermitAll
    public Optional<Organisation> memberOrganisationOf(String username) {
        Account account = em.find(Account.class, username);
        if (account == null || account.getOrganisationId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Organisation.class, account.getOrganisationId())).filter(Organisation::isMember);
    }

    /** The approved organisation that the given user represents, if any. */
    @PermitAll
    public Optional<Organisation> representedBy(String username) {
        Account account = em.find(Account.class, username);
        if (account == null || account.getOrganisationId() == null || !account.hasRole(Role.MEMBER_REP)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Organisation.class, account.getOrganisationId())).filter(Organisation::isMember);
    }

    private Organisation find(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id)).orElseThrow(
                () -> new MembershipException(MembershipException.Reason.NOT_FOUND, "No organisation " + id + "."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
