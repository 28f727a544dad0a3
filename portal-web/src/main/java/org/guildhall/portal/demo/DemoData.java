package org.guildhall.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.registry.accounts.boundary.Accounts;
import org.guildhall.registry.accounts.entity.Registration;
import org.guildhall.registry.accounts.entity.Role;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;
import org.guildhall.registry.membership.entity.OrganisationApplication;
import org.guildhall.registry.membership.entity.OrganisationKind;

/**
 * Demo data for a newcomer, seeded once into the embedded database only ({@code guildhall.demo.enabled}
 * is set by {@code ./guildhall run} when it started PostgreSQL itself; never for a configured
 * database): member organisations, one user per role, and the proposals of {@link DemoProposals}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    public static final String PASSWORD = "guildhall-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "guildhall.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    Accounts accounts;
    @Inject
    Memberships memberships;
    @Inject
    Proposals proposals;
    @Inject
    ProposalVoting voting;
    @Inject
    org.guildhall.registry.domain.boundary.Domains domains;
    @Inject
    org.guildhall.registry.did.boundary.DidRegistrar registrar;
    @Inject
    Clock clock;

    @Inject
    org.guildhall.onboarding.application.boundary.NodeProvisioning nodes;
    @Inject
    org.guildhall.onboarding.nodetype.boundary.NodeTypes nodeTypes;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    private Organisation centre;
    private Organisation fintech;
    private Organisation ebsi;

    /** Seeds everything in one transaction: all of it or nothing, and no vote closes half-seeded. */
    @PostConstruct
    void seedOnce() {
        if (!enabled || accounts.byUsername("admin").isPresent()) {
            return;
        }
        try {
            transaction.begin();
            seed();
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception rollback) {
                e.addSuppressed(rollback);
            }
            throw new IllegalStateException("Demo data could not be seeded", e);
        }
        seedNodes();
    }

    /**
     * The demo nodes in a transaction of their own: their certificates need the CA key in the HSM, and a
     * portal whose HSM is not ready still comes up with the rest of the demo.
     */
    private void seedNodes() {
        try {
            transaction.begin();
            new DemoNodes(nodes, nodeTypes, proposals, clock, centre, fintech, ebsi).seed();
            transaction.commit();
            LOG.info("Demo nodes seeded: founding nodes with certificates (one revoked), applications in every state");
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception rollback) {
                e.addSuppressed(rollback);
            }
            LOG.log(java.util.logging.Level.WARNING, "Demo nodes could not be seeded: " + e, e);
        }
    }

    private void seed() throws com.nimbusds.jose.JOSEException {
        account("admin", "Federation Administrator", EnumSet.of(Role.ADMIN), null);
        account("reviewer", "Standards Editor", EnumSet.of(Role.REVIEWER), null);
        account("auditor", "External Auditor", EnumSet.of(Role.AUDITOR), null);
        account("community", "Community Member", EnumSet.of(Role.COMMUNITY), null);

        Organisation centre = member("National Blockchain Infrastructure Centre", OrganisationKind.GOVERNMENT, "CN-BJ", "Wang Li");
        Organisation fintech = member("Shenzhen Fintech Consortium", OrganisationKind.ENTERPRISE, "CN-GD", "Chen Jie");
        Organisation lab = member("Distributed Systems Research Institute", OrganisationKind.RESEARCH, "CN-SH", "Zhao Min");
        Organisation ebsi = member("European Digital Identity Liaison", OrganisationKind.GOVERNMENT, "EU", "Anna Schmidt");
        account("rep", "Wang Li", EnumSet.of(Role.MEMBER_REP, Role.REGISTRAR), centre.getId());
        account("rep-shenzhen", "Chen Jie", EnumSet.of(Role.MEMBER_REP, Role.REGISTRAR), fintech.getId());
        account("rep-research", "Zhao Min", EnumSet.of(Role.MEMBER_REP), lab.getId());
        account("rep-eu", "Anna Schmidt", EnumSet.of(Role.MEMBER_REP, Role.REGISTRAR), ebsi.getId());
        account("operator", "Node Operator", EnumSet.of(Role.NODE_OPERATOR), fintech.getId());
        account("operator-bj", "Liu Yang", EnumSet.of(Role.NODE_OPERATOR), centre.getId());
        account("operator-eu", "Jan de Vries", EnumSet.of(Role.NODE_OPERATOR), ebsi.getId());
        memberships.provisionApplication(new OrganisationApplication("Hangzhou Data Exchange", OrganisationKind.ENTERPRISE,
                "CN-ZJ", "Community Member", "community@example.org"), "community");

        new DemoRegistry(domains, registrar, clock, centre, fintech, lab, ebsi).seed();
        new DemoProposals(proposals, voting, clock, centre, fintech, lab, ebsi).seed();
        this.centre = centre;
        this.fintech = fintech;
        this.ebsi = ebsi;
        LOG.info("Demo data seeded: 4 member organisations, one user per role, proposals in every status,"
                + " closed votes for every outcome (they close and go on chain right after start-up), a domain tree with DIDs");
    }

    private void account(String username, String name, Set<Role> roles, UUID organisation) {
        accounts.provision(new Registration(username, name, username + "@example.org", PASSWORD), roles, organisation);
    }

    private Organisation member(String name, OrganisationKind kind, String jurisdiction, String contact) {
        return memberships.provisionMember(new OrganisationApplication(name, kind, jurisdiction, contact,
                contact.toLowerCase().replace(' ', '.') + "@example.org"), "admin");
    }
}
