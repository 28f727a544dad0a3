/**
 * Voting on proposals: one organisation, one vote, cast by any of its representatives; a later
 * ballot supersedes the earlier one until the vote closes, and every ballot is kept.
 * <p>
 * Invariants: ballots are accepted only inside the voting period and only from representatives of
 * approved member organisations; a proposal is closed once, when its period has ended.
 */
package org.guildhall.proposals.voting;
