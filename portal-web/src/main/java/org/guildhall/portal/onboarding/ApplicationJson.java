package org.guildhall.portal.onboarding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.ApplicationCheck;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.NodeApplication;

/** The API's shapes of an application, its checks and its history. */
final class ApplicationJson {

    private ApplicationJson() {
    }

    /** An application; {@code version} goes back in {@code If-Match} when amending. */
    public record ApplicationView(UUID id, String reference, String status, String nodeType, String domain, String name,
                                  String enode, String nodePublicKey, String csr, List<String> declaredStandards,
                                  BigDecimal serviceLevel, String contact, UUID organisation, String applicant, int round,
                                  UUID proposal, String decisionReason, UUID node, Instant createdAt, Instant updatedAt,
                                  Instant submittedAt, Instant decidedAt, long version) {
        static ApplicationView of(NodeApplication a, UUID node) {
            return new ApplicationView(a.getId(), a.reference(), a.getStatus().slug(), a.getNodeType(), a.getDomainCode(),
                    a.getNodeName(), a.getEnode(), a.getNodePublicKey(), a.getCsrPem(), a.declaredStandards(),
                    a.getServiceLevel(), a.getContact(), a.getOrganisationId(), a.getApplicant(), a.getRound(),
                    a.getProposalId(), a.getDecisionReason(), node, a.getCreatedAt(), a.getUpdatedAt(), a.getSubmittedAt(),
                    a.getDecidedAt(), a.getVersion());
        }
    }

    /** One automated check; {@code blocking} checks that failed stop a submission. */
    public record CheckView(int round, String code, String outcome, boolean blocking, String detail, Instant checkedAt) {
        static CheckView of(ApplicationCheck c) {
            return new CheckView(c.getRound(), c.getCode(), c.getOutcome().name().toLowerCase(), c.isBlocking(),
                    c.getDetail(), c.getCheckedAt());
        }
    }

    public record EventView(Instant at, String actor, String kind, String message) {
        static EventView of(ApplicationEvent e) {
            return new EventView(e.getAt(), e.getActor(), e.getKind(), e.getMessage());
        }
    }
}
