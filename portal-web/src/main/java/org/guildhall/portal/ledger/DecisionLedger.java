package org.guildhall.portal.ledger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.chainbridge.outbox.boundary.ChainRecords;
import org.guildhall.chainbridge.outbox.entity.ChainRecord;
import org.guildhall.proposals.decision.boundary.Decisions;
import org.guildhall.proposals.decision.entity.Decision;
import org.guildhall.proposals.proposal.boundary.Proposals;
import org.guildhall.proposals.proposal.entity.Proposal;

/** Joins decisions (proposals context) with their on-chain records (chain bridge) for display. */
@RequestScoped
public class DecisionLedger {

    public record Chain(String status, String txHash, Long blockNumber, String contract, String error) {
    }

    public record Tally(long yes, long no, long noWithVeto, long abstain, long electorate) {
    }

    /** @param resultHash the hash recorded on chain: the published result document's */
    public record Entry(UUID id, UUID proposalId, Integer proposalNumber, String proposalTitle, String outcome,
                        Tally tally, String contentHash, String resultHash, Instant decidedAt, Chain chain) {
    }

    @Inject
    Decisions decisions;
    @Inject
    Proposals proposals;
    @Inject
    ChainRecords chainRecords;

    public List<Entry> entries() {
        List<Decision> all = decisions.all();
        Map<UUID, ChainRecord> records = chainRecords.of(all.stream().map(Decision::getId).toList());
        return all.stream().map(d -> entry(d, records.get(d.getId()))).toList();
    }

    public Optional<Entry> entry(UUID id) {
        return decisions.byId(id).map(d -> entry(d, chainRecords.of(List.of(id)).get(id)));
    }

    private Entry entry(Decision d, ChainRecord record) {
        Optional<Proposal> proposal = proposals.byId(d.getProposalId());
        return new Entry(d.getId(), d.getProposalId(), proposal.map(Proposal::getNumber).orElse(null),
                proposal.map(Proposal::getTitle).orElse(""), d.getOutcome().name().toLowerCase(),
                new Tally(d.getYes(), d.getNo(), d.getNoWithVeto(), d.getAbstain(), d.getElectorate()),
                "0x" + d.getContentHash(), "0x" + d.chainHash(), d.getDecidedAt(),
                new Chain(record.status(), record.txHash(), record.blockNumber(), record.contractAddress(), record.error()));
    }
}
