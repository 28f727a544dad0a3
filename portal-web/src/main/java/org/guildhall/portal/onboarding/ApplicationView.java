package org.guildhall.portal.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guildhall.onboarding.application.boundary.NodeApplications;
import org.guildhall.onboarding.application.boundary.NodeReview;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationStatus;
import org.guildhall.onboarding.application.entity.CheckOutcome;
import org.guildhall.onboarding.application.entity.ChecksFailedException;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * One node application: its facts, the checks of every round, its history with the comments, the
 * admission vote and, once admitted, the node and its certificate. The actions offered follow the
 * user's part (an operator of its organisation, a reviewer) and the status; the boundaries check both again.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The checks of one submission round, and how many of them stopped it or were advisory failures. */
    public record Round(int number, List<ApplicationCheck> checks, long blockingFailures, long advisoryFailures) {
    }

    @Inject
    transient NodeApplications applications;
    @Inject
    transient NodeReview review;
    @Inject
    transient NodeTypes nodeTypes;
    @Inject
    transient NodeDirectory directory;
    @Inject
    transient NodeRows nodeRows;
    @Inject
    transient Proposals proposals;
    @Inject
    transient Memberships memberships;
    @Inject
    transient CurrentUser user;

    private String id;
    private NodeApplication application;
    private NodeType type;
    private String organisation;
    private List<Round> rounds;
    private List<ApplicationEvent> history;
    private Integer proposalNumber;
    private NodeRows.NodeRow node;
    private boolean own;
    private String comment;
    private String reason;

    /** Loads the application named in the URL; 404 when there is none or the user may not see it. */
    public void load() throws IOException {
        Optional<UUID> uuid = OnboardingPages.uuid(id);
        if (uuid.isEmpty()) {
            OnboardingPages.sendError(404);
            return;
        }
        try {
            application = applications.get(uuid.get());
        } catch (OnboardingException | jakarta.ejb.EJBAccessException refused) {
            OnboardingPages.sendError(404);
            return;
        }
        UUID appId = application.getId();
        type = nodeTypes.byCode(application.getNodeType()).orElse(null);
        organisation = memberships.byId(application.getOrganisationId()).map(Organisation::getName).orElse("—");
        rounds = rounds(applications.checks(appId));
        history = applications.history(appId);
        proposalNumber = application.getProposalId() == null ? null
                : proposals.byId(application.getProposalId()).map(Proposal::getNumber).orElse(null);
        node = directory.ofApplication(appId).map(n -> nodeRows.of(List.of(n)).get(0)).orElse(null);
        own = user.hasRole("node-operator") && memberships.memberOrganisationOf(user.getName())
                .filter(o -> o.getId().equals(application.getOrganisationId())).isPresent();
    }

    static List<Round> rounds(List<ApplicationCheck> checks) {
        Map<Integer, List<ApplicationCheck>> byRound = checks.stream().collect(Collectors.groupingBy(
                ApplicationCheck::getRound, () -> new TreeMap<>(java.util.Comparator.reverseOrder()), Collectors.toList()));
        return byRound.entrySet().stream().map(e -> new Round(e.getKey(), e.getValue(),
                e.getValue().stream().filter(c -> c.isBlocking() && c.getOutcome() == CheckOutcome.FAILED).count(),
                e.getValue().stream().filter(c -> !c.isBlocking() && c.getOutcome() != CheckOutcome.PASSED).count()))
                .toList();
    }

    public String submit() {
        return act(a -> applications.submit(a), "onboarding.app.submittedMsg");
    }

    public String withdraw() {
        return act(a -> applications.withdraw(a), "onboarding.app.withdrawnMsg");
    }

    public String requestChanges() {
        return reasoned(a -> review.requestChanges(a, reason), "onboarding.app.changesRequestedMsg");
    }

    public String approve() {
        return act(a -> review.approve(a, reason), "onboarding.app.approvedMsg");
    }

    public String reject() {
        return reasoned(a -> review.reject(a, reason), "onboarding.app.rejectedMsg");
    }

    public String postComment() {
        if (comment == null || comment.isBlank()) {
            OnboardingPages.showAt("comment:comment-body", Messages.text("onboarding.app.commentRequired"));
            return null;
        }
        try {
            review.comment(application.getId(), comment);
        } catch (OnboardingException refused) {
            OnboardingPages.show(refused);
            return null;
        }
        Messages.info("onboarding.app.commented");
        return OnboardingPages.application(application.getId());
    }

    private String reasoned(Function<UUID, NodeApplication> action, String done) {
        if (reason == null || reason.isBlank()) {
            OnboardingPages.showAt("review:reason", Messages.text("onboarding.app.reasonRequired"));
            return null;
        }
        return act(action, done);
    }

    private String act(Function<UUID, NodeApplication> action, String done) {
        try {
            action.apply(application.getId());
            Messages.info(done, application.reference());
        } catch (ChecksFailedException failed) {
            Messages.error("onboarding.apply.checksFailed", application.reference(), failed.failed().size());
        } catch (OnboardingException refused) {
            OnboardingPages.show(refused);
            return null;
        }
        return OnboardingPages.application(application.getId());
    }

    public boolean isReviewer() {
        return user.hasRole("reviewer");
    }

    /** An operator of the application's organisation. */
    public boolean isOwn() {
        return own;
    }

    public boolean isCanEdit() {
        return own && application.getStatus().isEditable();
    }

    public boolean isCanWithdraw() {
        return own && !application.getStatus().isFinal();
    }

    public boolean isCanReview() {
        return isReviewer() && application.getStatus() == ApplicationStatus.SUBMITTED;
    }

    public boolean isCanComment() {
        return own || isReviewer();
    }

    public String getTypeName() {
        return type == null ? application.getNodeType() : type.name(OnboardingPages.locale());
    }

    public boolean isNeedsVote() {
        return type != null && type.isNeedsVote();
    }

    /** A check's name in the reader's language, else its code. */
    public String checkName(String code) {
        String key = "onboarding.check." + code;
        String text = Messages.text(key);
        return text.equals(key) ? code : text;
    }

    /** An event kind in the reader's language, else the kind itself. */
    public String eventName(String kind) {
        String key = "onboarding.event." + kind;
        String text = Messages.text(key);
        return text.equals(key) ? kind : text;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public NodeApplication getApplication() { return application; }
    public String getOrganisation() { return organisation; }
    public List<Round> getRounds() { return rounds; }
    public List<ApplicationEvent> getHistory() { return history; }
    public Integer getProposalNumber() { return proposalNumber; }
    public NodeRows.NodeRow getNode() { return node; }
    public Node getAdmittedNode() { return node == null ? null : node.node(); }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
