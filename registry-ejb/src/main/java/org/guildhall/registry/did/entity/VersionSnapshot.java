package org.guildhall.registry.did.entity;

import java.time.Instant;
import org.guildhall.registry.anchoring.entity.InclusionProof;

/**
 * A version of a DID document as the resolver serves it: immutable, canonical JSON, and its inclusion
 * proof once the version is sealed into an anchoring batch ({@code null} before).
 */
public record VersionSnapshot(int versionId, Instant versionTime, DidOperation operation, String document,
                              String contentSha256, InclusionProof anchor) {

    public static VersionSnapshot of(DidVersion version, InclusionProof anchor) {
        return new VersionSnapshot(version.getVersionId(), version.getVersionTime(), version.getOperation(),
                version.getDocument(), version.getContentSha256(), anchor);
    }
}
