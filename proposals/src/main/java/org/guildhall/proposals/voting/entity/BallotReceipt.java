package org.guildhall.proposals.voting.entity;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.Chamber;

/**
 * What a voter keeps of an accepted ballot: the ballot hash (which the published result document
 * lists), the time, and the portal's signature over both ({@code receipt}, a compact JWS).
 */
public record BallotReceipt(UUID ballot, UUID proposal, UUID vote, String voter, Chamber chamber, BallotOption option,
                            long weight, Instant castAt, String hash, String receipt, boolean signedByVoter) {

    public static BallotReceipt of(Ballot ballot, UUID proposal) {
        return new BallotReceipt(ballot.getId(), proposal, ballot.getVoteId(), ballot.getVoter(), ballot.getChamber(),
                ballot.getOption(), ballot.getWeight(), ballot.getCastAt(), ballot.getHash(), ballot.getReceipt(),
                ballot.getVoterJws() != null);
    }
}
