package org.guildhall.onboarding.application.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.onboarding.nodetype.entity.NodeTypeRequirements;
import org.guildhall.proposals.document.control.PreambleValidator;
import org.guildhall.proposals.document.control.Sections;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.junit.jupiter.api.Test;

class AdmissionProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void theAdmissionProposalOfALongNamedOrganisationPassesTheProposalRules() throws Exception {
        NodeApplication application = NodeApplication.draft(42, UUID.randomUUID(), "operator-eu",
                new ApplicationForm("super", null, "eu-super-with-a-rather-long-node-name-1",
                        "enode://" + "ab".repeat(64) + "@10.0.0.1:30303", null, null, List.of("GS-1"),
                        new BigDecimal("99.99"), "ops@example.org"), null, null, NOW);
        ProposalDocument document = AdmissionProposal.of(application, superType(),
                "European Digital Identity Liaison Office of the Member States and Associated Countries", "reviewer",
                "Second super node outside China.", List.of(), "http://localhost:8080");

        Proposal draft = Proposal.draft(document, "reviewer", null, NOW);
        assertThat(new PreambleValidator(Clock.fixed(NOW, ZoneOffset.UTC)).validate(draft.preamble(), n -> false)).isEmpty();
        assertThat(Sections.check(document.body()).complete()).isTrue();
        assertThat(document.title()).isEqualTo("Admit super node NA-42");
        assertThat(document.description().codePointCount(0, document.description().length())).isLessThanOrEqualTo(140);
        assertThat(document.decisionKind()).isEqualTo(DecisionKind.NODE_ADMISSION);
        assertThat(document.discussionsTo()).isEqualTo("https://localhost:8080/onboarding/application.xhtml?id="
                + application.getId());
        assertThat(Json.createReader(new StringReader(document.action())).readObject().getString("application"))
                .isEqualTo(application.getId().toString());
    }

    private static NodeType superType() throws Exception {
        Constructor<NodeType> constructor = NodeType.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        NodeType type = constructor.newInstance();
        type.require(new NodeTypeRequirements(true, new BigDecimal("99.95"), List.of("GS-1"), List.of("EC-P256"), 365, 60));
        var name = NodeType.class.getDeclaredField("nameEn");
        name.setAccessible(true);
        name.set(type, "Super node");
        return type;
    }
}
