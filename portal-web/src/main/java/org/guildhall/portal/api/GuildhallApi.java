package org.guildhall.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of Guildhall. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Guildhall API", version = "1",
        description = "Federated governance and registry portal: membership, proposals, decisions and their on-chain records."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens")
public class GuildhallApi extends Application {

    /**
     * Listed, not scanned: the W3C DID Resolution and DIF Registrar bindings live in their own
     * application under {@code /1.0} ({@link org.guildhall.portal.did.UniversalApi}), and a scan would
     * mount them here too. An architecture test checks that every resource and provider is in one list.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ValidationProblems.class, DomainProblems.class, PingResource.class,
                org.guildhall.portal.ledger.ChainResource.class, org.guildhall.portal.ledger.DecisionsResource.class,
                org.guildhall.portal.registry.AccountsResource.class, org.guildhall.portal.registry.OrganisationsResource.class,
                org.guildhall.portal.registry.AuditResource.class, org.guildhall.portal.registry.DomainsResource.class,
                org.guildhall.portal.did.DidsResource.class, org.guildhall.portal.registry.IdentifiersResource.class,
                org.guildhall.portal.proposals.ResultsResource.class, org.guildhall.portal.proposals.ProposalVotingResource.class,
                org.guildhall.portal.proposals.ProposalsResource.class, org.guildhall.portal.proposals.StandardsResource.class,
                org.guildhall.portal.proposals.ProposalDiscussionResource.class, org.guildhall.portal.proposals.TracksResource.class,
                org.guildhall.portal.proposals.BallotKeysResource.class, org.guildhall.portal.security.TokensResource.class,
                org.guildhall.portal.onboarding.NodeApplicationsResource.class, org.guildhall.portal.onboarding.NodesResource.class,
                org.guildhall.portal.onboarding.CaResource.class, org.guildhall.portal.onboarding.NodeTypesResource.class);
    }
}
