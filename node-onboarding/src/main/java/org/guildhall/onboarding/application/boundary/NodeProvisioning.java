package org.guildhall.onboarding.application.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.onboarding.application.control.AdmissionProposal;
import org.guildhall.onboarding.application.control.ApplicationSubmission;
import org.guildhall.onboarding.application.control.ApplicationDrafts;
import org.guildhall.onboarding.application.control.OnboardingConfig;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.guildhall.onboarding.node.control.NodeAdmission;
import org.guildhall.onboarding.node.control.NodeStanding;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.registry.membership.boundary.Memberships;

/**
 * Applications and nodes recorded with their history by trusted start-up code (demo data, nodes carried
 * over from before the portal): the same validation, checks, admission and certification as the API,
 * with the actor and time given instead of taken from the caller. No endpoint calls it.
 */
@Stateless
@PermitAll
public class NodeProvisioning {

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    ApplicationDrafts drafts;
    @Inject
    ApplicationSubmission submission;
    @Inject
    NodeAdmission admission;
    @Inject
    NodeStanding standing;
    @Inject
    Memberships memberships;
    @Inject
    OnboardingConfig config;

    /** A draft by {@code applicant} for {@code organisation}; submitted (its checks run) when {@code submit}. */
    public NodeApplication provisionApplication(UUID organisation, String applicant, ApplicationForm form, boolean submit, Instant at) {
        NodeType type = em.find(NodeType.class, form.nodeType());
        NodeApplication application = drafts.start(organisation, applicant, form, type, at);
        if (submit) {
            submission.submit(application, type, memberships.byId(organisation).orElseThrow().getName(), applicant, at);
        }
        em.flush();
        return application;
    }

    /**
     * A reviewer's decision: {@code admit} (whatever the type: a founding node, admitted before the
     * portal by the federation's charter), {@code reject} or {@code changes}.
     */
    public NodeApplication provisionReview(UUID id, String reviewer, String decision, String reason, Instant at) {
        NodeApplication application = em.find(NodeApplication.class, id);
        NodeType type = em.find(NodeType.class, application.getNodeType());
        switch (decision) {
            case "admit" -> {
                admission.admit(application, type, reviewer, reason, at);
                return application;
            }
            case "reject" -> application.reject(reason, at);
            case "changes" -> application.requestChanges(reason, at);
            default -> throw new IllegalArgumentException("Unknown decision " + decision);
        }
        em.persist(new ApplicationEvent(id, reviewer, "reject".equals(decision) ? "rejected" : "changes-requested",
                reason, at));
        return application;
    }

    /** The proposal that would put the application to the vote, for start-up code to record. */
    public ProposalDocument provisionAdmissionProposal(UUID id, String reviewer, String reason) {
        NodeApplication application = em.find(NodeApplication.class, id);
        NodeType type = em.find(NodeType.class, application.getNodeType());
        String organisation = memberships.byId(application.getOrganisationId()).orElseThrow().getName();
        List<ApplicationCheck> recorded = em.createNamedQuery("ApplicationCheck.findByApplication", ApplicationCheck.class)
                .setParameter("application", id).getResultList();
        return AdmissionProposal.of(application, type, organisation, reviewer, reason, recorded, config.publicUrl());
    }

    /** The application approved by review and put to the vote on {@code proposal}. */
    public NodeApplication provisionVote(UUID id, UUID proposal, String reviewer, String reason, Instant at) {
        NodeApplication application = em.find(NodeApplication.class, id);
        application.putToVote(proposal, at);
        em.persist(new ApplicationEvent(id, reviewer, "vote-opened", reason, at));
        return application;
    }

    public Node provisionRevocation(UUID applicationId, RevocationReason reason, String actor, String text, Instant at) {
        Node node = em.createQuery("select n from Node n where n.applicationId = :a", Node.class)
                .setParameter("a", applicationId).getSingleResult();
        standing.change(node, Change.REVOKED, reason, actor, text, at);
        return node;
    }
}
