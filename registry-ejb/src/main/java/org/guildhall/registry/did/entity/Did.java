package org.guildhall.registry.did.entity;

import java.util.Objects;

/**
 * A decentralized identifier, {@code did:<method>:<method-specific-id>} (W3C DID Core 1.0 §3.1).
 * Build it with {@code DidSyntax.parseDid}, which checks the ABNF; the record itself only refuses nulls.
 * Two DIDs are equal when their text is equal (no case folding, no percent-decoding).
 */
public record Did(String method, String methodSpecificId) {

    public Did {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(methodSpecificId, "methodSpecificId");
    }

    @Override
    public String toString() {
        return "did:" + method + ":" + methodSpecificId;
    }
}
