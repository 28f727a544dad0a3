package org.guildhall.proposals.proposal.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a new proposal. The body is Markdown, at most 100,000 characters. */
public record ProposalDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String summary,
        @NotBlank @Size(max = Proposal.MAX_BODY) String body) {
}
