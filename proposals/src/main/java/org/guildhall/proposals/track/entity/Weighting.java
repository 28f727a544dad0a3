package org.guildhall.proposals.track.entity;

/** How an organisation's vote counts: one organisation one vote, or by the organisation's weight. */
public enum Weighting {
    ONE_PER_ORGANISATION, ORGANISATION_WEIGHT
}
