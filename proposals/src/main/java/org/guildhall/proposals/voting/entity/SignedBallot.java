package org.guildhall.proposals.voting.entity;

import java.util.Objects;
import java.util.UUID;
import org.guildhall.proposals.tally.entity.BallotOption;

/**
 * What a voter's signed ballot must say: the members of its JWS payload other than {@code iat}.
 *
 * @param proposal the proposal's id as canonical (lower-case) UUID text
 * @param voter    the voter's user name
 * @param option   one of {@code yes}, {@code no}, {@code noWithVeto}, {@code abstain}
 */
public record SignedBallot(String proposal, String voter, String option) {

    public SignedBallot {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(option, "option");
        if (!UUID.fromString(proposal).toString().equals(proposal)) {
            throw new IllegalArgumentException("Not a canonical lower-case UUID: " + proposal);
        }
        if (voter.isBlank()) {
            throw new IllegalArgumentException("A ballot needs a voter");
        }
        BallotOption.fromJson(option);
    }
}
