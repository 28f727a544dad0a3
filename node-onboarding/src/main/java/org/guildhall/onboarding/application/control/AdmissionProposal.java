package org.guildhall.onboarding.application.control;

import jakarta.json.Json;
import java.net.URI;
import java.util.List;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.track.entity.DecisionKind;

/**
 * The proposal that puts a node application to the member organisations' vote, on the node admission
 * track: a short title, the application's facts and its latest checks in the body, and the application
 * id as the action. Its discussions link is the application's page in the portal.
 */
public final class AdmissionProposal {

    private AdmissionProposal() {
    }

    public static ProposalDocument of(NodeApplication application, NodeType type, String organisationName,
                                      String reviewer, String reason, List<ApplicationCheck> checks, String publicUrl) {
        String title = "Admit " + type.getNameEn().toLowerCase() + " " + application.reference();
        String description = clip("Admit " + organisationName + "'s " + type.getNameEn().toLowerCase() + " "
                + application.getNodeName() + " to the federation's allow-list.", 140);
        String handle = reviewer.replaceAll("[^A-Za-z0-9._-]", "-");
        handle = handle.isEmpty() || !Character.isLetterOrDigit(handle.charAt(0)) ? "reviewer" : clip(handle, 39);
        StringBuilder body = new StringBuilder()
                .append("## Abstract\nAdmit node `").append(application.getNodeName()).append("` of ")
                .append(organisationName).append(" as a ").append(type.getNameEn().toLowerCase())
                .append(" (application ").append(application.reference()).append(").\n\n")
                .append("## Motivation\nAdmission of a ").append(type.getNameEn().toLowerCase())
                .append(" needs a vote of the member organisations. The reviewer approved it")
                .append(reason == null || reason.isBlank() ? "." : ": " + reason.strip()).append("\n\n")
                .append("## Specification\nIf this proposal passes, the federation CA MUST certify the node's CSR and")
                .append(" the node MUST be added to the allow-list.\n\n")
                .append("- Enode: `").append(application.getEnode()).append("`\n")
                .append("- Domain: ").append(application.getDomainCode() == null ? "federation-wide" : application.getDomainCode())
                .append("\n- Service level: ").append(application.getServiceLevel()).append(" %\n")
                .append("- Declared standards: ").append(application.declaredStandards().isEmpty() ? "none"
                        : String.join(", ", application.declaredStandards())).append("\n\n")
                .append("## Rationale\nAutomated checks of round ").append(application.getRound()).append(":\n\n");
        checks.stream().filter(c -> c.getRound() == application.getRound()).forEach(c -> body.append("- ")
                .append(c.getCode()).append(": ").append(c.getOutcome().name().toLowerCase()).append(" — ")
                .append(c.getDetail().replace('\n', ' ')).append('\n'));
        body.append("\n## Security Considerations\nThe node's certificate can be suspended or revoked at any time;")
                .append(" revocation also removes it from the allow-list on chain.\n");
        String action = Json.createObjectBuilder().add("application", application.getId().toString())
                .add("node", application.getNodeName()).build().toString();
        return new ProposalDocument(title, description, List.of("Guildhall reviewer (@" + handle + ")"),
                discussionsLink(publicUrl, application), ProposalType.META, null, List.of(), body.toString(),
                DecisionKind.NODE_ADMISSION, action);
    }

    /** The application's page; proposals link to discussions over https, so the scheme is https. */
    static String discussionsLink(String publicUrl, NodeApplication application) {
        URI base = URI.create(publicUrl);
        String authority = base.getRawAuthority() == null ? "localhost" : base.getRawAuthority();
        return "https://" + authority + "/onboarding/application.xhtml?id=" + application.getId();
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
