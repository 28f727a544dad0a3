/**
 * The federation's node allow-list on chain: each change of a node's place on the list
 * ({@link org.guildhall.onboarding.node.boundary.NodeAllowListChanged}, fired by node onboarding)
 * becomes an outbox entry in the transaction that records it, and is delivered like a decision (same
 * route, same HSM signer) as one {@code NodeRegistry.admit} or {@code NodeRegistry.setStatus}
 * transaction. Besu-style nodes ask the contract's {@code connectionAllowed(enodeId, host, port)}.
 * <p>
 * Invariants: one outbox entry per change (the outbox's unique kind and reference = change id); the
 * contract refuses a change id twice, so a replayed delivery never applies twice, and refuses
 * transitions the list does not allow (a suspension before the admission arrives waits and is retried).
 * <p>
 * Out of scope: deciding who is admitted (onboarding), node certificates (onboarding, with the CA key
 * from {@link org.guildhall.chainbridge.signing.boundary.FederationCaKeys}), and pointing the chain's
 * nodes at the contract (the chain's own permissioning configuration).
 */
package org.guildhall.chainbridge.nodes;
