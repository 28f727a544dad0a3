package org.guildhall.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDraft;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.proposals.voting.entity.VoteChoice;
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
 * database): member organisations, one user per role, a decided proposal whose decision the bridge
 * then records on chain, a vote that is open, and a draft.
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
    org.guildhall.proposals.standard.boundary.Standards standards;
    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

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
    }

    private void seed() {
        account("admin", "Federation Administrator", EnumSet.of(Role.ADMIN), null);
        account("reviewer", "Standards Editor", EnumSet.of(Role.REVIEWER), null);
        account("auditor", "External Auditor", EnumSet.of(Role.AUDITOR), null);
        account("community", "Community Member", EnumSet.of(Role.COMMUNITY), null);

        Organisation centre = member("National Blockchain Infrastructure Centre", OrganisationKind.GOVERNMENT, "CN-BJ", "Wang Li");
        Organisation fintech = member("Shenzhen Fintech Consortium", OrganisationKind.ENTERPRISE, "CN-GD", "Chen Jie");
        Organisation lab = member("Distributed Systems Research Institute", OrganisationKind.RESEARCH, "CN-SH", "Zhao Min");
        Organisation ebsi = member("European Digital Identity Liaison", OrganisationKind.GOVERNMENT, "EU", "Anna Schmidt");
        account("rep", "Wang Li", EnumSet.of(Role.MEMBER_REP), centre.getId());
        account("rep-shenzhen", "Chen Jie", EnumSet.of(Role.MEMBER_REP), fintech.getId());
        account("rep-research", "Zhao Min", EnumSet.of(Role.MEMBER_REP), lab.getId());
        account("rep-eu", "Anna Schmidt", EnumSet.of(Role.MEMBER_REP), ebsi.getId());
        account("operator", "Node Operator", EnumSet.of(Role.NODE_OPERATOR), fintech.getId());
        memberships.provisionApplication(new OrganisationApplication("Hangzhou Data Exchange", OrganisationKind.ENTERPRISE,
                "CN-ZJ", "Community Member", "community@example.org"), "community");

        Instant now = Instant.now(clock);
        Proposal decided = proposals.provision(new ProposalDraft("Adopt did:gh as the federation's DID method",
                        "Register identifiers of members and nodes under one DID method with regional domain codes.",
                        "## Abstract\nThe federation adopts `did:gh:<domain>:<id>` for member, node and asset identifiers.\n\n"
                                + "## Motivation\nMembers today keep identifiers in separate spreadsheets.\n\n"
                                + "## Specification\nIdentifiers have the form `did:gh:<domain-code>:<unique-id>`; the unique id is derived from the initial key.\n"),
                "rep", centre.getId(), now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(3)), Duration.ofDays(2).minusMinutes(5), "admin");
        voting.provisionBallot(decided.getId(), centre.getId(), "rep", VoteChoice.YES, now.minus(Duration.ofDays(3)).plusSeconds(3600));
        voting.provisionBallot(decided.getId(), fintech.getId(), "rep-shenzhen", VoteChoice.NO, now.minus(Duration.ofDays(2)).minusSeconds(7200));
        voting.provisionBallot(decided.getId(), fintech.getId(), "rep-shenzhen", VoteChoice.YES, now.minus(Duration.ofDays(2)));
        voting.provisionBallot(decided.getId(), lab.getId(), "rep-research", VoteChoice.NO, now.minus(Duration.ofDays(2)).plusSeconds(600));
        voting.provisionBallot(decided.getId(), ebsi.getId(), "rep-eu", VoteChoice.YES, now.minus(Duration.ofDays(1)).minusSeconds(3600));

        Proposal open = proposals.provision(new ProposalDraft("Raise backbone node uptime to 99.9%",
                        "Backbone nodes commit to 99.9% monthly availability instead of 99.5%.",
                        "## Motivation\nResolution latency suffers when backbone nodes are down.\n\n"
                                + "## Specification\nMonthly availability of every backbone node is at least 99.9%.\n"),
                "rep-shenzhen", fintech.getId(), now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(2)), Duration.ofDays(7), "admin");
        voting.provisionBallot(open.getId(), fintech.getId(), "rep-shenzhen", VoteChoice.YES, now.minus(Duration.ofHours(1)));

        proposals.provision(new ProposalDraft("Delegate the domain gba1 to the Greater Bay Area",
                        "Delegate the identifier prefix gba1 to a regional domain governed by the Shenzhen Fintech Consortium.",
                        "## Motivation\nRegional registrars need their own namespace and quota.\n"),
                "rep-research", lab.getId(), now.minus(Duration.ofHours(6)), null, null, null);
        java.util.List<String> didRequirements = java.util.List.of(
                "Resolves did:gh identifiers through the W3C DID Resolution HTTP API (GET /1.0/identifiers/{did})",
                "Answers a deactivated DID with 410 and its document metadata",
                "Serves historical versions by versionId and versionTime",
                "Verifies proofs made with secp256k1, P-256 and Ed25519 keys");
        standards.provisionAdoption(new org.guildhall.proposals.standard.entity.StandardAdoption("GS-1", "1.0",
                "Federation DID method", didRequirements.subList(0, 2)), decided.getId());
        standards.provisionAdoption(new org.guildhall.proposals.standard.entity.StandardAdoption("GS-1", "1.1",
                "Federation DID method", didRequirements), decided.getId());
        LOG.info("Demo data seeded: 4 member organisations, one user per role, 3 proposals, a standard in two versions");
    }

    private void account(String username, String name, Set<Role> roles, UUID organisation) {
        accounts.provision(new Registration(username, name, username + "@example.org", PASSWORD), roles, organisation);
    }

    private Organisation member(String name, OrganisationKind kind, String jurisdiction, String contact) {
        return memberships.provisionMember(new OrganisationApplication(name, kind, jurisdiction, contact,
                contact.toLowerCase().replace(' ', '.') + "@example.org"), "admin");
    }
}
