package org.guildhall.proposals.track.entity;

/** Who votes on a track: one chamber, or both chambers, each of which must pass. */
public enum Electorate {
    ORGANISATIONS, COMMUNITY, BOTH
}
