package org.guildhall.proposals.tally.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ballot as the tally sees it: who, what, when, and the hash on the voter's receipt (lower-case hex
 * SHA-256, see {@code BallotHash}). A voter may cast several; the latest counts.
 */
public record CastBallot(String voter, BallotOption option, Instant time, String hash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public CastBallot {
        Identifiers.require("voter id", voter);
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(hash, "hash");
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("A ballot hash is 64 lower-case hex digits");
        }
    }
}
