/**
 * Voting on proposals in rounds. A round opens when a voted proposal enters Last Call, on the track
 * serving its kind of decision, and freezes that track's parameters and its electorate (member
 * organisations by id with weight 1 or their voting weight, community members by user name, one or
 * two chambers); later changes to membership or to the track never reach it. An expedited round that
 * does not pass turns into a regular round with a fresh period and the same electorate.
 * <p>
 * Invariants: one ballot counts per voter and round, the latest; every ballot is kept with its hash
 * and the portal's signed receipt; ballots are accepted only inside the period and only from the
 * frozen electorate (the database refuses others too); a round is closed once, after its period,
 * under an exclusive lock that waits for ballots in flight. Closing publishes the RFC 8785 result
 * document (see {@code tally}) and, for a final round, the decision with its hash.
 * <p>
 * Signed ballots: a voter registers a public signing key
 * ({@link org.guildhall.proposals.voting.control.VoterKeys}: ES256K, ES256 or EdDSA, named by its RFC 7638
 * thumbprint) and may sign each ballot as a compact JWS that
 * {@link org.guildhall.proposals.voting.control.BallotSignatures} verifies against the expected
 * proposal, voter and option and a 24-hour window; the JWS is stored with the ballot. The portal
 * answers every ballot with a receipt it signs itself
 * ({@link org.guildhall.proposals.voting.control.ReceiptSigner}, ES256, key published at
 * {@code /api/v1/ballot-keys/portal}).
 */
package org.guildhall.proposals.voting;
