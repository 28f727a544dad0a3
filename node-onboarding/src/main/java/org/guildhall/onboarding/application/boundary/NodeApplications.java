package org.guildhall.onboarding.application.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.onboarding.application.control.ApplicationSubmission;
import org.guildhall.onboarding.application.control.ApplicationDrafts;
import org.guildhall.onboarding.application.control.DraftValidation;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.ChecksFailedException;
import org.guildhall.onboarding.application.entity.CheckResult;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The operator's side of an application: drafts, amendments, submission with its checks, withdrawal,
 * and reading where it stands. Operators act for their own approved member organisation only;
 * reviewers, auditors and admins read every application.
 */
@Stateless
public class NodeApplications {

    private static final Logger LOG = Logger.getLogger(NodeApplications.class.getName());
    private static final String OPERATOR = "node-operator";

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    DraftValidation validation;
    @Inject
    ApplicationDrafts drafts;
    @Inject
    ApplicationSubmission submission;
    @Inject
    Memberships memberships;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @RolesAllowed(OPERATOR)
    public NodeApplication create(@NotNull @Valid ApplicationForm form) {
        Organisation organisation = callersOrganisation();
        NodeType type = type(form.nodeType());
        NodeApplication application = drafts.start(organisation.getId(), caller(), form, type, Instant.now(clock));
        LOG.info(() -> "Node application " + application.reference() + " drafted by " + caller());
        return application;
    }

    @RolesAllowed(OPERATOR)
    public NodeApplication amend(@NotNull UUID id, @NotNull @Valid ApplicationForm form, long expectedVersion) {
        NodeApplication application = ownLocked(id);
        NodeType type = type(form.nodeType());
        DraftValidation.ParsedForm parsed = validation.validate(form, type, id);
        Instant now = Instant.now(clock);
        application.amend(ApplicationDrafts.canonical(form, parsed), parsed.csrPem(), parsed.keyFingerprint(), expectedVersion, now);
        record(application, "amended", "", now);
        return application;
    }

    /**
     * Runs the checks and records them as the next round. When every blocking check passed the
     * application goes to the reviewers; otherwise it stays editable and {@link ChecksFailedException}
     * says which failed (the recorded round stays, so the operator sees it).
     */
    @RolesAllowed(OPERATOR)
    public NodeApplication submit(@NotNull UUID id) {
        NodeApplication application = ownLocked(id);
        NodeType type = type(application.getNodeType());
        Organisation organisation = memberships.byId(application.getOrganisationId()).orElseThrow();
        List<CheckResult> failed = submission.submit(application, type, organisation.getName(), caller(),
                Instant.now(clock));
        if (!failed.isEmpty()) {
            throw new ChecksFailedException(application.reference(), failed);
        }
        audit.record(caller(), "onboarding", "node-application.submitted", application.getId().toString(),
                application.reference());
        return application;
    }

    @RolesAllowed(OPERATOR)
    public NodeApplication withdraw(@NotNull UUID id) {
        NodeApplication application = ownLocked(id);
        Instant now = Instant.now(clock);
        application.withdraw(now);
        record(application, "withdrawn", "", now);
        return application;
    }

    /** The caller's organisation's applications, newest first. */
    @RolesAllowed(OPERATOR)
    public List<NodeApplication> mine() {
        return em.createNamedQuery("NodeApplication.findByOrganisation", NodeApplication.class)
                .setParameter("organisation", callersOrganisation().getId()).getResultList();
    }

    /** One application, if the caller may see it (their organisation's, or any for reviewers, auditors, admins). */
    @RolesAllowed({OPERATOR, "reviewer", "auditor", "admin"})
    public NodeApplication get(@NotNull UUID id) {
        NodeApplication application = find(id);
        requireReader(application);
        return application;
    }

    @RolesAllowed({OPERATOR, "reviewer", "auditor", "admin"})
    public List<ApplicationCheck> checks(@NotNull UUID id) {
        requireReader(find(id));
        return em.createNamedQuery("ApplicationCheck.findByApplication", ApplicationCheck.class)
                .setParameter("application", id).getResultList();
    }

    @RolesAllowed({OPERATOR, "reviewer", "auditor", "admin"})
    public List<ApplicationEvent> history(@NotNull UUID id) {
        requireReader(find(id));
        return em.createNamedQuery("ApplicationEvent.findByApplication", ApplicationEvent.class)
                .setParameter("application", id).getResultList();
    }

    private void requireReader(NodeApplication application) {
        if (session.isCallerInRole("reviewer") || session.isCallerInRole("auditor") || session.isCallerInRole("admin")) {
            return;
        }
        requireOwn(application);
    }

    private NodeApplication ownLocked(UUID id) {
        NodeApplication application = Optional.ofNullable(em.find(NodeApplication.class, id,
                LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> OnboardingException.notFound("No application " + id + "."));
        requireOwn(application);
        return application;
    }

    private void requireOwn(NodeApplication application) {
        Optional<Organisation> organisation = memberships.memberOrganisationOf(caller());
        if (organisation.isEmpty() || !organisation.get().getId().equals(application.getOrganisationId())) {
            throw OnboardingException.forbidden("Application " + application.reference()
                    + " belongs to another organisation.");
        }
    }

    private NodeApplication find(UUID id) {
        return Optional.ofNullable(em.find(NodeApplication.class, id))
                .orElseThrow(() -> OnboardingException.notFound("No application " + id + "."));
    }

    private Organisation callersOrganisation() {
        return memberships.memberOrganisationOf(caller()).orElseThrow(() -> OnboardingException.forbidden(
                "Only operators of an approved member organisation apply for nodes."));
    }

    private NodeType type(String code) {
        return Optional.ofNullable(em.find(NodeType.class, code))
                .orElseThrow(() -> OnboardingException.invalid("unknown-node-type", "There is no node type " + code + "."));
    }

    private void record(NodeApplication application, String kind, String message, Instant at) {
        em.persist(new ApplicationEvent(application.getId(), caller(), kind, message, at));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
