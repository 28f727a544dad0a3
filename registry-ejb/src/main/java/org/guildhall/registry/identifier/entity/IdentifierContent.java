package org.guildhall.registry.identifier.entity;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * What a version says about an identifier, and what is hashed and anchored for it (in RFC 8785 form):
 * {@code {"handle", "kind", "metadata", "ownerDid", "status"}}.
 */
public record IdentifierContent(String handle, IdentifierKind kind, String ownerDid, JsonObject metadata,
                                IdentifierStatus status) {

    public IdentifierContent {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerDid, "ownerDid");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(status, "status");
    }
}
