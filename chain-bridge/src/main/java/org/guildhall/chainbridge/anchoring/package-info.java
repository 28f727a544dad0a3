/**
 * Registry anchors on chain: each sealed batch of registry changes
 * ({@link org.guildhall.registry.anchoring.boundary.AnchorBatchSealed}) becomes an outbox entry in the
 * transaction that seals it, and is delivered like a decision (same route, same HSM signer) as one
 * {@code AnchorRegistry.anchor(batchId, root, size)} transaction. The batch id on chain is the batch
 * UUID's 16 bytes left-aligned in a bytes32.
 * <p>
 * Invariants: one outbox entry per batch (the outbox's unique kind and reference); the contract
 * refuses a second anchor of a batch, so a replayed delivery never writes twice.
 * <p>
 * Out of scope: Merkle trees and proofs (the registry's), and checking a proof (the portal does it with
 * the registry's proof and the root read here).
 */
package org.guildhall.chainbridge.anchoring;
