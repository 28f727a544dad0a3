package org.guildhall.proposals.voting.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.guildhall.proposals.tally.entity.BallotOption;
import org.guildhall.proposals.tally.entity.Chamber;

/**
 * A ballot as a voter casts it.
 *
 * @param chamber the chamber to vote in, needed only by someone who is a voter in both
 * @param jws     the voter's own compact JWS over the ballot (optional; see {@code BallotSignatures})
 */
public record BallotRequest(@NotNull BallotOption option, Chamber chamber, @Size(max = 8192) String jws) {
}
