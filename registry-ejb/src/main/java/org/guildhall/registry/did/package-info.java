/**
 * The DID registry: decentralized identifiers of the {@code guild} method (configurable name), their DID
 * documents and the proofs that authorise changes to them.
 * <p>
 * {@code entity} holds the value objects ({@code Did}, {@code DidUrl}, validated documents and keys) and
 * the registry's exceptions; {@code control} holds the pure-Java core: W3C DID Core 1.0 syntax, the
 * method's own identifier rules, DID document validation and signature verification (ES256, ES256K,
 * EdDSA). The core does no I/O, keeps no state and never logs key material.
 * <p>
 * Invariants: a {@code Did} or {@code DidUrl} only exists for text that matches the DID Core ABNF; a
 * {@code ValidatedDocument} has absolute verification method ids and at least one authentication key;
 * a {@code VerificationKey} is always a public key on P-256, secp256k1 or Ed25519.
 * <p>
 * Out of scope here: persistence, the registrar and resolver HTTP bindings, anchoring on the chain
 * (chain-bridge observes the registry's events) and resolution of other DID methods.
 * The method specification is {@code docs/did-method.md}.
 */
package org.guildhall.registry.did;
