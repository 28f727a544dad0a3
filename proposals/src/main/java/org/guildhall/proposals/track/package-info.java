/**
 * Voting tracks as configured data: which kinds of decision a track serves, who votes (member
 * organisations, community members, or both as two chambers that must both pass), how votes are
 * weighted, how long a vote lasts, and its tally rule (quorum, pass threshold, veto threshold), with
 * an optional expedited variant (shorter period, higher threshold).
 * <p>
 * Invariants: thresholds are fractions in [0, 1]; an expedited variant is shorter than the regular
 * vote and needs at least its threshold; each kind of decision is served by exactly one track.
 * Admins change tracks; a running vote keeps the {@link org.guildhall.proposals.track.entity.TrackSettings}
 * it opened with, so later changes never touch it.
 */
package org.guildhall.proposals.track;
