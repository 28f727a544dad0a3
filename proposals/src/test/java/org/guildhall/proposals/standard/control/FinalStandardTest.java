package org.guildhall.proposals.standard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.entity.Actor;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.standard.entity.StandardAdoption;
import org.junit.jupiter.api.Test;

class FinalStandardTest {

    private static Proposal numbered(String body, String action) {
        Proposal p = Proposal.draft(new ProposalDocument("Title", "Description", List.of("A <a@example.org>"), null,
                ProposalType.STANDARDS_TRACK, Category.CORE, List.of(), body, null, action), "rep", UUID.randomUUID(),
                Instant.parse("2026-01-01T00:00:00Z"));
        p.moveTo(ProposalStatus.REVIEW, "editor", Actor.EDITOR, null, Instant.parse("2026-01-02T00:00:00Z"), 42);
        return p;
    }

    @Test
    void theChecklistIsTheSpecificationsStatementsWithRfc2119Keywords() {
        Proposal p = numbered("## Abstract\nNodes MUST be nice (not here).\n\n## Specification\n"
                + "- Nodes MUST answer within 1 s.\n* Nodes SHALL sign blocks.\n1. Logs may be kept.\n"
                + "Resolvers SHOULD cache.\n\n## Rationale\nIt MUST be so (not here).\n", null);

        StandardAdoption adoption = FinalStandard.of(p);

        assertThat(adoption.code()).isEqualTo("GS-42");
        assertThat(adoption.version()).isEqualTo("1.0");
        assertThat(adoption.requirements()).containsExactly("Nodes MUST answer within 1 s.", "Nodes SHALL sign blocks.",
                "Resolvers SHOULD cache.");
    }

    @Test
    void anActionNamingAStandardMakesANewVersionOfIt() {
        StandardAdoption adoption = FinalStandard.of(numbered("## Specification\nX.\n", "{\"standard\":\"GS-1\",\"version\":\"1.2\"}"));

        assertThat(adoption.code()).isEqualTo("GS-1");
        assertThat(adoption.version()).isEqualTo("1.2");
        assertThat(adoption.requirements()).containsExactly("Implements GIP-42 as its Specification states.");
    }

    @Test
    void anUnreadableActionLeavesTheDefaults() {
        assertThat(FinalStandard.of(numbered("## Specification\nX.\n", "not json")).code()).isEqualTo("GS-42");
        assertThat(FinalStandard.of(numbered("## Specification\nX.\n", "[1]")).code()).isEqualTo("GS-42");
    }
}
