package org.guildhall.portal.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.guildhall.portal.shell.Messages;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDraft;

/** A member representative drafts a proposal. */
@Named
@RequestScoped
public class NewProposalView {

    @Inject
    Proposals proposals;

    private String title;
    private String summary;
    private String body;

    public String draft() {
        Proposal proposal = proposals.draft(new ProposalDraft(title, summary, body));
        Messages.info("proposal.drafted", proposal.getTitle());
        return "/proposals/detail.xhtml?faces-redirect=true&id=" + proposal.getId();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
