package org.guildhall.onboarding.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import org.guildhall.onboarding.application.control.AdmissionProposal;
import org.guildhall.onboarding.application.control.Duplicates;
import org.guildhall.onboarding.application.control.OnboardingConfig;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationStatus;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.node.control.NodeAdmission;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;

/**
 * The reviewers' side: the queue, comments, requests for changes, approval and rejection. Approval
 * admits the node at once, or, for types that need a vote, opens a proposal on the node admission
 * track whose result decides ({@link AdmissionVotes}).
 */
@Stateless
public class NodeReview {

    private static final Logger LOG = Logger.getLogger(NodeReview.class.getName());
    private static final String REVIEWER = "reviewer";

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    NodeAdmission admission;
    @Inject
    Duplicates duplicates;
    @Inject
    Proposals proposals;
    @Inject
    Memberships memberships;
    @Inject
    OnboardingConfig config;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Submitted applications, the longest-waiting first, then those in a vote. */
    @RolesAllowed({REVIEWER, "admin", "auditor"})
    public List<NodeApplication> queue() {
        return em.createNamedQuery("NodeApplication.findByStatuses", NodeApplication.class)
                .setParameter("statuses", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_VOTE))
                .getResultList();
    }

    /** A remark in the application's history, by a reviewer or an operator of its organisation. */
    @RolesAllowed({REVIEWER, "node-operator"})
    public ApplicationEvent comment(@NotNull UUID id, @NotNull String text) {
        NodeApplication application = find(id, false);
        if (!session.isCallerInRole(REVIEWER)) {
            boolean own = memberships.memberOrganisationOf(caller())
                    .filter(o -> o.getId().equals(application.getOrganisationId())).isPresent();
            if (!own) {
                throw OnboardingException.forbidden("Application " + application.reference()
                        + " belongs to another organisation.");
            }
        }
        if (text.isBlank() || text.length() > 4000) {
            throw OnboardingException.invalid("invalid-comment", "A comment has 1 to 4000 characters.");
        }
        ApplicationEvent event = new ApplicationEvent(id, caller(), "comment", text.strip(), Instant.now(clock));
        em.persist(event);
        return event;
    }

    @RolesAllowed(REVIEWER)
    public NodeApplication requestChanges(@NotNull UUID id, String reason) {
        NodeApplication application = find(id, true);
        Instant now = Instant.now(clock);
        application.requestChanges(reason, now);
        decided(application, "changes-requested", reason, now);
        return application;
    }

    @RolesAllowed(REVIEWER)
    public NodeApplication reject(@NotNull UUID id, String reason) {
        NodeApplication application = find(id, true);
        if (application.getStatus() == ApplicationStatus.IN_VOTE) {
            throw OnboardingException.conflict("transition-not-allowed", "Application " + application.reference()
                    + " is in a vote; its result decides.");
        }
        Instant now = Instant.now(clock);
        application.reject(reason, now);
        decided(application, "rejected", reason, now);
        return application;
    }

    /**
     * Approves a submitted application: admits and certifies the node, or opens the admission vote when
     * its type needs one. Uniqueness is checked again, since other nodes may have been admitted meanwhile.
     */
    @RolesAllowed(REVIEWER)
    public NodeApplication approve(@NotNull UUID id, String reason) {
        NodeApplication application = find(id, true);
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw OnboardingException.conflict("transition-not-allowed", "Application " + application.reference()
                    + " is " + application.getStatus().slug() + ", so it cannot be approved.");
        }
        requireStillUnique(application);
        NodeType type = em.find(NodeType.class, application.getNodeType());
        Instant now = Instant.now(clock);
        if (type.isNeedsVote()) {
            String organisation = memberships.byId(application.getOrganisationId()).map(o -> o.getName()).orElse("?");
            List<ApplicationCheck> checks = em.createNamedQuery("ApplicationCheck.findByApplication", ApplicationCheck.class)
                    .setParameter("application", id).getResultList();
            Proposal proposal = proposals.openVoteFor(AdmissionProposal.of(application, type, organisation, caller(),
                    reason, checks, config.publicUrl()), application.getOrganisationId());
            application.putToVote(proposal.getId(), now);
            decided(application, "vote-opened", "Approved by review; proposal " + proposal.getNumber()
                    + " decides" + (reason == null || reason.isBlank() ? "." : ": " + reason.strip()), now);
            return application;
        }
        admission.admit(application, type, caller(), reason, now);
        audit.record(caller(), "onboarding", "node-application.admitted", id.toString(), application.reference());
        return application;
    }

    private void requireStillUnique(NodeApplication application) {
        duplicates.takenByAnother(application).ifPresent(where -> {
            throw OnboardingException.conflict("duplicate-node", "Application " + application.reference()
                    + " can no longer be approved: its name, node id or key is now used by " + where + ".");
        });
    }

    private void decided(NodeApplication application, String kind, String reason, Instant at) {
        em.persist(new ApplicationEvent(application.getId(), caller(), kind, reason == null ? "" : reason.strip(), at));
        audit.record(caller(), "onboarding", "node-application." + kind, application.getId().toString(),
                application.reference());
        LOG.info(() -> "Node application " + application.reference() + " " + kind + " by " + caller());
    }

    private NodeApplication find(UUID id, boolean lock) {
        return Optional.ofNullable(lock ? em.find(NodeApplication.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(NodeApplication.class, id)).orElseThrow(() -> OnboardingException.notFound("No application " + id + "."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
