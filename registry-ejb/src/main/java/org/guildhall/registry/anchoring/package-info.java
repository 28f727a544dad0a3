/**
 * Anchoring of registry changes on chain. Every change of a registry (a DID document version, later an
 * identifier version) is enqueued as a leaf, SHA-256 of its canonical content, in the transaction that
 * stores it; leaves are sealed in id order into batches whose RFC 9162 Merkle root the chain bridge
 * records on chain ({@link org.guildhall.registry.anchoring.entity.AnchorBatchSealed}). Anyone can then
 * get an inclusion proof for a version and check it against the root on chain.
 * <p>
 * Invariants: one leaf per (subject, version), its content hash never changes; a leaf belongs to at most
 * one batch and its position there never changes; a sealed batch is never changed.
 * <p>
 * Out of scope: the chain itself (this context never knows it: it fires an event), canonicalisation of
 * the content (the caller hashes what it stores), consistency proofs between batches.
 */
package org.guildhall.registry.anchoring;
