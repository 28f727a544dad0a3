package org.guildhall.registry.did.entity;

import java.time.Instant;

/** A DID got a new version (created, updated or deactivated); fired inside the registrar's transaction. */
public record DidChanged(String did, int versionId, DidOperation operation, String contentSha256, Instant at) {
}
