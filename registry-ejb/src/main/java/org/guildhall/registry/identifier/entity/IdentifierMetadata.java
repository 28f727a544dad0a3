package org.guildhall.registry.identifier.entity;

import java.time.Instant;

/**
 * The metadata of one resolved version, shaped like W3C DID Resolution's {@code didDocumentMetadata}:
 * {@code created} (first version), {@code updated} (this version, unless it is the first),
 * {@code withdrawn}, {@code versionId}, {@code versionTime}, {@code nextVersionId} / {@code nextUpdate}
 * when a later version exists, and {@code contentSha256}, the anchored hash of the version's content.
 */
public record IdentifierMetadata(Instant created, Instant updated, boolean withdrawn, String versionId,
                                 Instant versionTime, String nextVersionId, Instant nextUpdate, String contentSha256) {
}
