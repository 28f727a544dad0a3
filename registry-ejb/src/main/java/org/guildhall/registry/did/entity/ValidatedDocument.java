package org.guildhall.registry.did.entity;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;

/**
 * A DID document that passed validation, with relative verification method and service ids and
 * references made absolute, and the keys of its {@code authentication} relationship in document order
 * (never empty).
 */
public record ValidatedDocument(JsonObject document, List<VerificationKey> authenticationKeys) {

    public ValidatedDocument {
        Objects.requireNonNull(document, "document");
        authenticationKeys = List.copyOf(authenticationKeys);
    }
}
