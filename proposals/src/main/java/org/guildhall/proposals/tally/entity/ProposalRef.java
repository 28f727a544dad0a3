package org.guildhall.proposals.tally.entity;

import java.util.regex.Pattern;

/** The proposal a vote decided on: its id, its number, and the SHA-256 of its canonical content. */
public record ProposalRef(String id, int number, String contentHash) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ProposalRef {
        Identifiers.require("proposal id", id);
        if (number < 1) {
            throw new IllegalArgumentException("A proposal number is positive");
        }
        if (contentHash == null || !SHA256_HEX.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("A content hash is 64 lower-case hex digits");
        }
    }
}
