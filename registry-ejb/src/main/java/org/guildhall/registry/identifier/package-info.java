/**
 * The identifier registry for things (digital assets, products, data sets): Handle-style identifiers
 * {@code <domain-code>/<suffix>} under the regional domains, each resolving to its kind, its owner's DID
 * and a JSON metadata object, with a version history like a DID's.
 * <p>
 * Invariants: a handle's prefix is the code of the domain it is registered under, and it consumes one
 * identifier of that domain's quota; only a registrar of that domain registers, updates or withdraws it;
 * every version is immutable, stored as RFC 8785 canonical JSON {@code {handle, kind, ownerDid, metadata,
 * status}} with its SHA-256, and enqueued for anchoring (subject = the handle, version = its number) in
 * the same transaction; every version names an active DID of this registry as owner (withdrawal
 * excepted); withdrawal is final. A refusal leaves nothing behind.
 * <p>
 * Out of scope: the Handle System protocol (HS resolution, HS_ADMIN values), identifiers of other
 * registries, and transfers between domains (a handle stays under its prefix).
 * The specification is {@code docs/identifiers.md}.
 */
package org.guildhall.registry.identifier;
