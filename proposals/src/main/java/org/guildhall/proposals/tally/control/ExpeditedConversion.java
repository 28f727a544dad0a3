package org.guildhall.proposals.tally.control;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.guildhall.proposals.tally.entity.TallyResult;
import org.guildhall.proposals.tally.entity.TallyRule;
import org.guildhall.proposals.tally.entity.TrackSnapshot;

/**
 * What happens when an expedited vote ends without passing: it turns into a regular vote of the same
 * track with a fresh period, under the track's regular rule.
 * <ul>
 * <li>Whatever the expedited outcome (rejected, vetoed, failed quorum), the vote converts: missing
 * the expedited variant's stricter bar is not the regular verdict. A passed expedited vote does not
 * convert.</li>
 * <li>The fresh period starts when the expedited one ended ({@code votingEnd}, not when the closing
 * job happened to run, so the result is a pure function of the snapshot) and lasts the regular
 * period. Unlike Cosmos SDK x/gov, which keeps the original start, the period is fresh, as the track
 * configuration promises.</li>
 * <li>The regular vote is a new round: the electorate stays the snapshot frozen when voting first
 * opened, but ballots of the expedited round do not carry over; voters cast again. Each round
 * publishes its own {@link ResultDocument} (the expedited one with {@code track.expedited = true}),
 * so that each can be recounted on its own: a carried-over ballot would lie outside the regular
 * round's period.</li>
 * </ul>
 */
public final class ExpeditedConversion {

    private ExpeditedConversion() {
    }

    /**
     * The regular vote an expedited vote turns into, or empty when the expedited vote passed.
     *
     * @param expedited     the expedited vote's frozen track parameters
     * @param result        its tally at the end of its period
     * @param regularRule   the track's regular tally rule, as frozen when voting opened
     * @param regularPeriod the track's regular voting period
     * @return the same track, not expedited, with the regular rule and the period
     * [expedited.votingEnd, expedited.votingEnd + regularPeriod)
     * @throws IllegalArgumentException when the vote was not expedited, or the period is not positive
     */
    public static Optional<TrackSnapshot> regularVoteAfter(TrackSnapshot expedited, TallyResult result,
                                                           TallyRule regularRule, Duration regularPeriod) {
        Objects.requireNonNull(expedited, "expedited");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(regularRule, "regularRule");
        Objects.requireNonNull(regularPeriod, "regularPeriod");
        if (!expedited.expedited()) {
            throw new IllegalArgumentException("Only an expedited vote converts into a regular one");
        }
        if (regularPeriod.isNegative() || regularPeriod.isZero()) {
            throw new IllegalArgumentException("A voting period is positive");
        }
        if (result.passed()) {
            return Optional.empty();
        }
        return Optional.of(new TrackSnapshot(expedited.id(), expedited.name(), regularRule, expedited.votingEnd(),
                expedited.votingEnd().plus(regularPeriod), false));
    }
}
