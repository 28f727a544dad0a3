package org.guildhall.proposals.tally.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A voting track's parameters as frozen when a vote opens: the track's id and name, its tally rule,
 * the voting period [votingStart, votingEnd) and whether this is the track's expedited variant.
 */
public record TrackSnapshot(String id, String name, TallyRule rule, Instant votingStart, Instant votingEnd,
                            boolean expedited) {

    public TrackSnapshot {
        Identifiers.require("track id", id);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A track needs a name");
        }
        Identifiers.requireWellFormed("track name", name);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(votingStart, "votingStart");
        Objects.requireNonNull(votingEnd, "votingEnd");
        if (!votingStart.isBefore(votingEnd)) {
            throw new IllegalArgumentException("The voting period must end after it starts");
        }
    }

    /** Whether a ballot cast at this time is inside the voting period: start inclusive, end exclusive. */
    public boolean isOpenAt(Instant time) {
        return !time.isBefore(votingStart) && time.isBefore(votingEnd);
    }
}
