package org.guildhall.portal.proposals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.track.entity.DecisionKind;

/** Drafting a proposal: the preamble, the decision it asks for, and a body with the required sections. */
@Named
@ViewScoped
public class NewProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Proposals proposals;

    private final ProposalForm form = ProposalForm.blank();

    public String draft() {
        ProposalDocument document = form.toDocument();
        if (document == null) {
            Messages.error("proposal.form.invalid");
            return null;
        }
        try {
            Proposal proposal = proposals.draft(document);
            Messages.info("proposal.drafted", proposal.getTitle());
            return ProposalPages.detail(proposal);
        } catch (InvalidProposalException refused) {
            form.refuse(refused);
            return null;
        }
    }

    public ProposalForm getForm() { return form; }
    public ProposalType[] getTypes() { return ProposalType.values(); }
    public Category[] getCategories() { return Category.values(); }
    public DecisionKind[] getKinds() { return DecisionKind.values(); }
    public boolean isTypeFixed() { return false; }
}
