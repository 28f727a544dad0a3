package org.guildhall.registry.audit.entity;

import java.util.List;

/**
 * The outcome of verifying the audit hash chain.
 *
 * @param records      how many records were read
 * @param links        how many links were read
 * @param notYetLinked records without a link that are younger than the grace window: not a finding
 */
public record ChainVerification(List<ChainFinding> findings, long records, long links, long notYetLinked) {

    public ChainVerification {
        findings = List.copyOf(findings);
    }

    /** Whether nothing was found wrong. */
    public boolean isIntact() {
        return findings.isEmpty();
    }
}
