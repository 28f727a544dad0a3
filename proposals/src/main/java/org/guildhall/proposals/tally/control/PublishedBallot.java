package org.guildhall.proposals.tally.control;

import org.guildhall.proposals.tally.entity.CastBallot;

/** A ballot as a result document lists it: the ballot, the weight written beside it, its counted flag. */
record PublishedBallot(CastBallot ballot, long weight, boolean counted) {
}
