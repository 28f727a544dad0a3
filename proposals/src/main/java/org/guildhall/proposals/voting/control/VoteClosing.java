package org.guildhall.proposals.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.tally.control.ExpeditedConversion;
import org.guildhall.proposals.tally.control.ResultDocument;
import org.guildhall.proposals.tally.entity.CastBallot;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.ProposalRef;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.guildhall.proposals.voting.entity.Ballot;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.proposals.voting.entity.VoteElector;

/**
 * Counts a round whose period has ended and publishes its result document. An expedited round that
 * did not pass turns into a regular round with a fresh period and the same frozen electorate.
 */
@ApplicationScoped
public class VoteClosing {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    VoteOpening opening;

    /** What closing a round produced: its result, and the regular round that follows, if any. */
    public record Closed(ResultDocument result, Optional<Vote> nextRound) {
    }

    public Closed close(Vote vote, Proposal proposal, Instant at) {
        ElectorateSnapshot electorate = electorate(vote);
        List<CastBallot> ballots = em.createNamedQuery("Ballot.findHistory", Ballot.class)
                .setParameter("vote", vote.getId()).getResultStream().map(Ballot::cast).toList();
        ResultDocument result = ResultDocument.build(
                new ProposalRef(proposal.getId().toString(), proposal.getNumber(), vote.getContentSha256()),
                vote.track(), electorate, ballots);
        vote.close(result.tally().outcome(), result.json(), result.sha256(), at);
        if (!vote.isExpedited()) {
            return new Closed(result, Optional.empty());
        }
        Optional<TrackSnapshot> regular = ExpeditedConversion.regularVoteAfter(vote.track(), result.tally(),
                vote.regularRule(), vote.regularPeriod());
        return new Closed(result, regular.map(track -> {
            Vote next = vote.regularRoundAfter(track);
            opening.persist(next, electorate);
            return next;
        }));
    }

    public ElectorateSnapshot electorate(Vote vote) {
        return ElectorateSnapshot.of(vote.chambers(), em.createNamedQuery("VoteElector.findByVote", VoteElector.class)
                .setParameter("vote", vote.getId()).getResultStream().map(VoteElector::elector).toList());
    }
}
