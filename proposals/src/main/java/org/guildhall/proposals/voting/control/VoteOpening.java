package org.guildhall.proposals.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.guildhall.proposals.proposal.control.ProposalContent;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;
import org.guildhall.proposals.track.entity.TrackSettings;
import org.guildhall.proposals.track.entity.VotingTrack;
import org.guildhall.proposals.voting.entity.Vote;
import org.guildhall.proposals.voting.entity.VoteElector;

/**
 * Opens a round of voting: freezes the track's parameters and the electorate as they are now, so
 * that later changes to either never touch it.
 */
@ApplicationScoped
public class VoteOpening {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    ElectorateFreezer electorates;

    public Vote open(Proposal proposal, VotingTrack track, boolean expedited, String openedBy, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it, and as the result document shows it
        TrackSettings settings = track.settings();
        if (expedited && !settings.hasExpeditedVariant()) {
            throw new ProposalException(ProposalException.Reason.INVALID,
                    "The track " + track.getId() + " has no expedited variant.");
        }
        Duration period = expedited ? settings.expeditedPeriod() : settings.votingPeriod();
        TallyRule regular = new TallyRule(settings.quorum(), settings.threshold(), settings.vetoThreshold());
        TallyRule rule = expedited ? new TallyRule(settings.quorum(), settings.expeditedThreshold(),
                settings.vetoThreshold()) : regular;
        ElectorateSnapshot electorate = electorates.freeze(settings);
        long rounds = em.createNamedQuery("Vote.countRounds", Long.class)
                .setParameter("proposal", proposal.getId()).getSingleResult();
        Vote vote = new Vote(proposal.getId(), (int) rounds + 1, ProposalContent.sha256(proposal),
                proposal.getDecisionKind(), electorate.chambers(),
                new TrackSnapshot(track.getId(), track.getNameEn(), rule, at, at.plus(period), expedited),
                regular, settings.votingPeriod(), openedBy);
        persist(vote, electorate);
        return vote;
    }

    /** Stores a round with its electorate. */
    public void persist(Vote vote, ElectorateSnapshot electorate) {
        em.persist(vote);
        em.flush();
        for (Elector elector : electorate.electors()) {
            em.persist(new VoteElector(vote.getId(), elector));
        }
        em.flush();
    }
}
