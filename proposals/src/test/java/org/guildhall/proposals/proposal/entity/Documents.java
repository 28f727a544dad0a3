package org.guildhall.proposals.proposal.entity;

import java.util.List;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.track.entity.DecisionKind;

/** Proposal texts for tests. */
public final class Documents {

    public static final String COMPLETE_BODY = "## Abstract\nA.\n\n## Motivation\nM.\n\n## Specification\n"
            + "Nodes MUST do X.\n\n## Rationale\nR.\n\n## Security Considerations\nS.\n";

    private Documents() {
    }

    /** A Standards Track (Core) text with the given title, description and body. */
    public static ProposalDocument doc(String title, String description, String body) {
        return new ProposalDocument(title, description, List.of("Wang Li <wang@example.org>"),
                "https://forum.example.org/t/1", ProposalType.STANDARDS_TRACK, Category.CORE, List.of(), body, null, null);
    }

    public static ProposalDocument standard() {
        return doc("Adopt did:gh", "One DID method for the federation.", COMPLETE_BODY);
    }

    public static ProposalDocument informational() {
        return new ProposalDocument("A guide", "How to run a key ceremony.", List.of("Wang Li <wang@example.org>"),
                null, ProposalType.INFORMATIONAL, null, List.of(), COMPLETE_BODY, null, null);
    }

    public static ProposalDocument meta() {
        return new ProposalDocument("Process", "How the process works.", List.of("Wang Li <wang@example.org>"),
                null, ProposalType.META, null, List.of(), COMPLETE_BODY, DecisionKind.META_PROCESS, null);
    }

    public static ProposalDocument withBody(ProposalDocument d, String body) {
        return new ProposalDocument(d.title(), d.description(), d.authors(), d.discussionsTo(), d.type(), d.category(),
                d.requires(), body, d.decisionKind(), d.action());
    }

    public static ProposalDocument withTitle(ProposalDocument d, String title) {
        return new ProposalDocument(title, d.description(), d.authors(), d.discussionsTo(), d.type(), d.category(),
                d.requires(), d.body(), d.decisionKind(), d.action());
    }
}
