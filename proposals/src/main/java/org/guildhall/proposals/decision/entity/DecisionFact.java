package org.guildhall.proposals.decision.entity;

import java.util.UUID;

/**
 * What the database says of one decision, for comparison with the chain: its outcome's chain code, the result
 * hash stored with it, and the hash of the result document as stored now (null if there is none).
 */
public record DecisionFact(UUID decisionId, int outcomeCode, String resultSha256, String documentSha256) {

    /** The stored document no longer hashes to the stored result hash. */
    public boolean documentDiffers() {
        return documentSha256 != null && resultSha256 != null && !documentSha256.equalsIgnoreCase(resultSha256);
    }
}
