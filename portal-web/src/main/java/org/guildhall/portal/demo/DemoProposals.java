package org.guildhall.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.proposals.document.entity.Category;
import org.guildhall.proposals.document.entity.ProposalType;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalDocument;
import org.guildhall.proposals.proposal.entity.ProposalStatus;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.track.entity.DecisionKind;
import org.guildhall.proposals.voting.boundary.ProposalVoting;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The demo's improvement proposals: one in every status, and votes whose periods ended in the past
 * so that the closing job decides them right after start-up, through the real path (result
 * document, decision, chain): one passes (and its standard enters the catalogue), one is rejected,
 * one vetoed, one fails its quorum, and an expedited vote that fell short has become a regular one.
 */
final class DemoProposals {

    private static final List<ProposalStatus> TO_LAST_CALL = List.of(ProposalStatus.REVIEW, ProposalStatus.LAST_CALL);
    private static final Duration DAY = Duration.ofDays(1);

    private final Proposals proposals;
    private final ProposalVoting voting;
    private final Instant now;
    private final Organisation centre;
    private final Organisation fintech;
    private final Organisation lab;
    private final Organisation ebsi;

    DemoProposals(Proposals proposals, ProposalVoting voting, Clock clock, Organisation centre, Organisation fintech,
                  Organisation lab, Organisation ebsi) {
        this.proposals = proposals;
        this.voting = voting;
        this.now = Instant.now(clock);
        this.centre = centre;
        this.fintech = fintech;
        this.lab = lab;
        this.ebsi = ebsi;
    }

    void seed() {
        Proposal did = proposal(doc("Adopt did:gh as the federation DID method",
                "Register identifiers of members, nodes and assets under one DID method with regional domain codes.",
                ProposalType.STANDARDS_TRACK, Category.INTERFACE, DecisionKind.STANDARD_ADOPTION,
                "{\"standard\":\"GS-1\",\"version\":\"1.0\"}",
                "The federation adopts `did:gh:<domain>:<id>` for member, node and asset identifiers.",
                "Members keep identifiers in separate spreadsheets; nothing resolves them.",
                "- Resolvers MUST answer `GET /1.0/identifiers/{did}` per W3C DID Resolution.\n"
                        + "- A deactivated DID MUST be answered with 410 and its document metadata.\n"
                        + "- Resolvers MUST serve historical versions by `versionId` and `versionTime`.\n"
                        + "- Verifiers MUST accept secp256k1, P-256 and Ed25519 keys.\n"),
                "rep", centre, 30, TO_LAST_CALL);
        ballots(did, 2, ballot(centre, "rep", BallotOption.YES), ballot(fintech, "rep-shenzhen", BallotOption.NO),
                ballot(fintech, "rep-shenzhen", BallotOption.YES), ballot(lab, "rep-research", BallotOption.NO),
                ballot(ebsi, "rep-eu", BallotOption.YES));

        Proposal gas = proposal(doc("Lower the block gas limit to 30 million",
                "Halve the federation chain's block gas limit to keep block times stable on smaller backbone nodes.",
                null, null, DecisionKind.PARAMETER_CHANGE, "{\"parameter\":\"chain.blockGasLimit\",\"value\":30000000}",
                "Set the block gas limit of the federation chain to 30,000,000.",
                "Backbone nodes on small machines miss slots at 60 million.",
                "The genesis parameter `gasLimit` MUST be 30000000 from the activation block.\n"),
                "rep-research", lab, 20, TO_LAST_CALL);
        ballots(gas, 3, ballot(centre, "rep", BallotOption.NO), ballot(fintech, "rep-shenzhen", BallotOption.NO),
                ballot(lab, "rep-research", BallotOption.YES), ballot(ebsi, "rep-eu", BallotOption.ABSTAIN));

        Proposal uptime = proposal(doc("Raise backbone node uptime to 99.9%",
                "Backbone nodes commit to 99.9% monthly availability instead of 99.5%.",
                ProposalType.STANDARDS_TRACK, Category.NETWORKING, DecisionKind.STANDARD_ADOPTION, null,
                "Backbone nodes commit to a higher monthly availability.",
                "Resolution latency suffers when backbone nodes are down.",
                "- Every backbone node MUST be available 99.9% of each calendar month.\n"),
                "rep-shenzhen", fintech, 40, TO_LAST_CALL);
        ballots(uptime, 4, ballot(centre, "rep", BallotOption.NO_WITH_VETO), ballot(fintech, "rep-shenzhen", BallotOption.YES),
                ballot(lab, "rep-research", BallotOption.NO_WITH_VETO), ballot(ebsi, "rep-eu", BallotOption.YES));

        Proposal meta = proposal(doc("Two-week review period for every proposal",
                "Every proposal stays in Review at least fourteen days before an editor may start its Last Call.",
                ProposalType.META, null, DecisionKind.META_PROCESS, null,
                "A minimum review period before Last Call.",
                "Members asked for time to consult their engineers.",
                "Editors MUST NOT move a proposal to Last Call before it spent 14 days in Review.\n"),
                "rep-eu", ebsi, 35, TO_LAST_CALL);
        ballots(meta, 5, ballot(ebsi, "rep-eu", BallotOption.YES));

        Proposal fee = proposal(doc("Cap identifier registration fees",
                "Registrars may charge at most 1 CNY per identifier registration.",
                null, null, DecisionKind.PARAMETER_CHANGE, "{\"parameter\":\"registry.maxFee\",\"value\":\"1 CNY\"}",
                "A cap on registration fees.", "Fees differ tenfold between regions.",
                "Registrars MUST NOT charge more than 1 CNY per registration.\n"),
                "rep-shenzhen", fintech, 5, TO_LAST_CALL, true);
        ballots(fee, 1, ballot(fintech, "rep-shenzhen", BallotOption.YES), ballot(centre, "rep", BallotOption.YES),
                ballot(lab, "rep-research", BallotOption.NO));

        Proposal gba = proposal(doc("Delegate domain gba1 to the Greater Bay Area",
                "Delegate the identifier prefix gba1 to a regional domain governed by the Shenzhen Fintech Consortium.",
                null, null, DecisionKind.DOMAIN_DELEGATION,
                "{\"domain\":\"gba1\",\"parent\":\"root\",\"governedBy\":\"" + fintech.getId() + "\",\"quota\":100000}",
                "Delegate `gba1`.", "Regional registrars need their own namespace and quota.",
                "The domain `gba1` MUST be created under the root with a quota of 100,000 identifiers.\n"),
                "rep-research", lab, 4, TO_LAST_CALL);
        ballots(gba, 0, ballot(lab, "rep-research", BallotOption.YES), ballot(fintech, "rep-shenzhen", BallotOption.YES));

        Proposal queued = proposal(doc("Bootnode list per regional domain",
                "Publish a bootnode list for every regional domain from the governance state.",
                ProposalType.STANDARDS_TRACK, Category.NETWORKING, null, null,
                "Bootnodes per domain.", "Operators copy bootnode lists by hand.",
                "The portal MUST publish a bootnode list per domain.\n"), "rep-eu", ebsi, 20, List.of());
        proposals.provisionSubmission(queued.getId(), now.minus(Duration.ofDays(16)));
        Proposal fresh = proposal(doc("Time-stamping service for anchored documents",
                "A federation time-stamping service (RFC 3161) that anchors its batches on chain.",
                ProposalType.STANDARDS_TRACK, Category.APPLICATION, null, null,
                "A time-stamping service.", "Members run their own TSAs.", "The service MUST follow RFC 3161.\n"),
                "rep", centre, 4, List.of());
        proposals.provisionSubmission(fresh.getId(), now.minus(Duration.ofDays(2)));
        proposal(doc("Federation-wide key ceremony guide", "How members run an HSM key ceremony for node keys.",
                ProposalType.INFORMATIONAL, null, null, null, "A guide.", "Each member improvises today.",
                "Ceremonies SHOULD have two witnesses.\n"), "community", null, 1, List.of());
        proposal(doc("Quarterly interoperability test days",
                "Members meet every quarter to test their nodes against each other's.",
                ProposalType.INFORMATIONAL, null, null, null, "Test days.", "Interop bugs surface late.",
                "Each member SHOULD attend.\n"), "rep-research", lab, 60,
                List.of(ProposalStatus.REVIEW, ProposalStatus.STAGNANT));
        proposal(doc("Mandatory IPv6 for access nodes", "Access nodes must be reachable over IPv6.",
                ProposalType.STANDARDS_TRACK, Category.NETWORKING, null, null, "IPv6 only.",
                "Address space is short in some regions.", "Access nodes MUST listen on IPv6.\n"),
                "rep-shenzhen", fintech, 25, List.of(ProposalStatus.REVIEW, ProposalStatus.WITHDRAWN));
        proposal(doc("GIP purpose and guidelines", "What an improvement proposal is, its statuses and who moves them.",
                ProposalType.META, null, null, null, "The process itself.", "The process needs a home.",
                "Editors MUST keep this document current.\n"), "reviewer", null, 45,
                List.of(ProposalStatus.REVIEW, ProposalStatus.LIVING));
    }

    private record DemoBallot(Organisation organisation, String castBy, BallotOption option) {
    }

    private static DemoBallot ballot(Organisation organisation, String castBy, BallotOption option) {
        return new DemoBallot(organisation, castBy, option);
    }

    /** Casts the ballots an hour apart from {@code hoursIn} hours after the round opened. */
    private void ballots(Proposal proposal, int hoursIn, DemoBallot... ballots) {
        Instant start = voting.rounds(proposal.getId()).get(0).getVotingStart().plus(Duration.ofHours(hoursIn));
        for (int i = 0; i < ballots.length; i++) {
            DemoBallot b = ballots[i];
            voting.provisionBallot(proposal.getId(), b.organisation().getId().toString(), b.castBy(), b.option(),
                    start.plus(Duration.ofHours(i)));
        }
    }

    private Proposal proposal(ProposalDocument document, String author, Organisation organisation, int daysAgo,
                              List<ProposalStatus> path) {
        return proposal(document, author, organisation, daysAgo, path, false);
    }

    private Proposal proposal(ProposalDocument document, String author, Organisation organisation, int daysAgo,
                              List<ProposalStatus> path, boolean expedited) {
        UUID org = organisation == null ? null : organisation.getId();
        return proposals.provision(document, author, org, now.minus(Duration.ofDays(daysAgo)), path, "reviewer",
                path.isEmpty() ? DAY : DAY.multipliedBy(Math.max(1, Math.min(3, daysAgo / 10))), expedited);
    }

    private static ProposalDocument doc(String title, String description, ProposalType type, Category category,
                                        DecisionKind kind, String action, String abstractText, String motivation,
                                        String specification) {
        ProposalType effective = type == null ? ProposalType.META : type;
        String body = "## Abstract\n" + abstractText + "\n\n## Motivation\n" + motivation + "\n\n## Specification\n"
                + specification + "\n## Rationale\nDiscussed with the members' engineers before drafting.\n\n"
                + "## Security Considerations\nNone beyond those of the federation's existing rules.\n";
        return new ProposalDocument(title, description, List.of("Guildhall Demo <demo@example.org>"),
                "https://forum.example.org/t/" + Math.abs(title.hashCode()), effective, category, List.of(), body, kind,
                action);
    }
}
