package org.guildhall.portal.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * Editing a proposal's text (its authors and the editors). The edit names the revision it was made
 * on, so that an edit someone else saved meanwhile is not overwritten: the boundary refuses it.
 */
@Named
@ViewScoped
public class ProposalEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proposals proposals;
    @Inject
    transient CurrentUser user;

    private String id;
    private Proposal proposal;
    private long revision;
    private ProposalForm form;

    /** Loads the proposal named in the URL: 404 when there is none, 403 for anyone but its authors and the editors. */
    public void load() throws IOException {
        Optional<Proposal> found = ProposalPages.find(proposals, id, null);
        if (found.isEmpty()) {
            ProposalPages.sendError(404);
            return;
        }
        if (!user.isSignedIn() || !(user.hasRole("reviewer") || found.get().isAuthor(user.getName()))) {
            ProposalPages.sendError(403);
            return;
        }
        proposal = found.get();
        revision = proposal.getRevision();
        form = ProposalForm.of(proposal.document());
        if (!proposal.getStatus().isEditable()) {
            Messages.error("proposal.notEditable", Messages.text("proposal.status." + proposal.getStatus().name()));
        }
    }

    public String save() {
        ProposalDocument document = form.toDocument();
        if (document == null) {
            Messages.error("proposal.form.invalid");
            return null;
        }
        try {
            Proposal edited = proposals.edit(proposal.getId(), document, revision);
            Messages.info("proposal.edited", edited.getRevision());
            return ProposalPages.detail(edited);
        } catch (InvalidProposalException refused) {
            form.refuse(refused);
            return null;
        }
    }

    public boolean isEditable() {
        return proposal != null && proposal.getStatus().isEditable();
    }

    /** The type is fixed once the proposal has left Draft. */
    public boolean isTypeFixed() {
        return proposal != null && proposal.getStatus() != ProposalStatus.DRAFT;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Proposal getProposal() { return proposal; }
    public long getRevision() { return revision; }
    public ProposalForm getForm() { return form; }
    public ProposalType[] getTypes() { return ProposalType.values(); }
    public Category[] getCategories() { return Category.values(); }
    public DecisionKind[] getKinds() { return DecisionKind.values(); }
}
