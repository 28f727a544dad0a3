package org.guildhall.registry.identifier.entity;

import java.time.Instant;

/** An identifier got a new version (registered, updated or withdrawn); fired inside the registrar's transaction. */
public record IdentifierChanged(String handle, int versionId, IdentifierOperation operation, String contentSha256,
                                Instant at) {
}
