package org.guildhall.proposals.proposal.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * The text of a proposal as an author submits it: the preamble fields, the Markdown body, and, for
 * proposals that are voted on, the kind of decision (which picks the voting track) with the action
 * an executable decision carries out (JSON, read by the context that owns it). Sizes here are only
 * the storage limits; the EIP-1 rules (title ≤ 44, description ≤ 140 ...) are checked by the
 * preamble validator so that every problem is reported at once.
 */
public record ProposalDocument(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> authors,
        @Size(max = 500) String discussionsTo,
        @NotNull ProposalType type,
        Category category,
        @Size(max = 50) List<@NotNull Integer> requires,
        @NotBlank @Size(max = Proposal.MAX_BODY) String body,
        DecisionKind decisionKind,
        @Size(max = 10_000) String action) {

    public ProposalDocument {
        authors = authors == null ? null : Collections.unmodifiableList(new ArrayList<>(authors));
        requires = requires == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(requires));
    }
}
