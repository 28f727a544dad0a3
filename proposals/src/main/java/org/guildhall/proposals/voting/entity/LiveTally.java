package org.guildhall.proposals.voting.entity;

import org.guildhall.proposals.tally.entity.TallyResult;

/**
 * The tally of a round as it stands (while open) or as it ended (closed), with the round it belongs
 * to and the number of voters whose ballot counts.
 */
public record LiveTally(Vote vote, TallyResult result, int ballots, boolean closed) {
}
