/**
 * Tallies: the counting core of voting, pure Java, no container and no database. Given a frozen
 * {@link org.guildhall.proposals.tally.entity.ElectorateSnapshot electorate}, the cast ballots and a
 * {@link org.guildhall.proposals.tally.entity.TallyRule tally rule} (Cosmos SDK x/gov: quorum, pass
 * threshold, veto threshold), it computes the {@link org.guildhall.proposals.tally.entity.TallyResult
 * result} per chamber and overall, writes the canonical (RFC 8785)
 * {@link org.guildhall.proposals.tally.control.ResultDocument result document} whose SHA-256 goes on
 * chain, and {@link org.guildhall.proposals.tally.control.Recount recounts} such a document; the
 * {@link org.guildhall.proposals.tally.boundary.VerifyTallyCommand command} does that for anyone.
 * <p>
 * Invariants:
 * <ul>
 * <li>Decisions are exact: weights are whole numbers summed in {@code long}, rule parameters are
 * decimals, comparisons cross-multiply; no floating point, no division, no rounding. Exactly at the
 * quorum reaches it, exactly at the threshold does not pass, exactly at the veto threshold vetoes.</li>
 * <li>Precedence in a chamber: quorum and all-abstain first, then veto, then threshold. With two
 * chambers the proposal passes only when both pass.</li>
 * <li>The latest ballot of a voter counts; a ballot from outside the electorate is an error, never
 * silently dropped.</li>
 * <li>The same inputs give the same document byte for byte, hence the same hash.</li>
 * </ul>
 * Weights are whole numbers: one organisation one vote is weight 1, weighted organisations get whole
 * shares. Whole weights add exactly and fast; a fractional weighting scales to whole numbers.
 * <p>
 * Out of scope here: persistence, casting and refusing ballots (the voting boundary refuses ballots
 * after close or from non-electors before they reach a tally), signatures on ballots, and the REST
 * endpoints. The older {@code voting.entity.Tally} is the minimal rule of the first slice and is to be
 * replaced by this component.
 */
package org.guildhall.proposals.tally;
