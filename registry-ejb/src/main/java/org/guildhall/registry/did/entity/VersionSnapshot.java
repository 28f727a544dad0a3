package org.guildhall.registry.did.entity;

import java.time.Instant;

/** A version of a DID document as the resolver serves it: immutable, canonical JSON. */
public record VersionSnapshot(int versionId, Instant versionTime, DidOperation operation, String document,
                              String contentSha256) {

    public static VersionSnapshot of(DidVersion version) {
        return new VersionSnapshot(version.getVersionId(), version.getVersionTime(), version.getOperation(),
                version.getDocument(), version.getContentSha256());
    }
}
