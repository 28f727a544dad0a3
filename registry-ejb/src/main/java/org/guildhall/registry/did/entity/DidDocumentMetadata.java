package org.guildhall.registry.did.entity;

import java.time.Instant;

/**
 * W3C DID Resolution {@code didDocumentMetadata} of one version: {@code created} (first version),
 * {@code updated} (this version, unless it is the first), {@code deactivated}, {@code versionId},
 * {@code versionTime}, and {@code nextVersionId} / {@code nextUpdate} when a later version exists.
 */
public record DidDocumentMetadata(Instant created, Instant updated, boolean deactivated, String versionId,
                                  Instant versionTime, String nextVersionId, Instant nextUpdate, String contentSha256) {
}
