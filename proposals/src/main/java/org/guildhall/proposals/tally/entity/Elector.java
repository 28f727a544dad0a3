package org.guildhall.proposals.tally.entity;

import java.util.Objects;

/**
 * A voter as frozen in an electorate snapshot: a stable id (an organisation's UUID, a member's DID),
 * a whole non-negative weight (1 for one organisation, one vote) and the chamber it votes in.
 */
public record Elector(String voter, long weight, Chamber chamber) {

    public Elector {
        Identifiers.require("voter id", voter);
        if (weight < 0) {
            throw new IllegalArgumentException("The weight of " + voter + " cannot be negative");
        }
        Objects.requireNonNull(chamber, "chamber");
    }
}
