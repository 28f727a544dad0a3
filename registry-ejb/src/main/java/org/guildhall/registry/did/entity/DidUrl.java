package org.guildhall.registry.did.entity;

import java.util.Objects;

/**
 * A DID URL (W3C DID Core 1.0 §3.2): a DID, a path ({@code ""} when absent, else starting with
 * {@code /}), a query and a fragment, each without its delimiter and {@code null} when absent. An empty
 * query ({@code did:ex:1?}) is {@code ""}, not {@code null}, so {@link #toString()} gives back exactly
 * the parsed text.
 */
public record DidUrl(Did did, String path, String query, String fragment) {

    public DidUrl {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses a DID URL exactly by the W3C DID Core ABNF.
     *
     * @throws DidSyntaxException saying where it is not one
     */
    public static DidUrl parse(String text) {
        return org.guildhall.registry.did.control.DidSyntax.parseDidUrl(text);
    }

    /** The DID URL naming {@code fragment} in the DID's own document, {@code did#fragment}. */
    public static DidUrl ofFragment(Did did, String fragment) {
        return new DidUrl(did, "", null, Objects.requireNonNull(fragment, "fragment"));
    }

    @Override
    public String toString() {
        return did + path + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
    }
}
