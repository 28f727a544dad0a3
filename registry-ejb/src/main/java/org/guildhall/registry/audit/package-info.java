/**
 * The audit trail shared by every context: who did what to which subject, and when. Records are
 * written in the transaction of the change they describe and are append-only (a database trigger
 * refuses updates and deletes).
 * <p>
 * The records of all contexts form one SHA-256 hash chain ({@code control.AuditHashes}): every couple of
 * seconds the records not yet linked get a link each, in id order after the current head
 * ({@code boundary.AuditChaining}, {@code control.AuditLinker}); now and then the head is sealed for
 * anchoring on chain and announced as {@code boundary.AuditHeadSealed}. {@code control.AuditChainVerifier}
 * then finds a record changed, deleted or slipped in, and links reordered, rewritten or missing.
 * <p>
 * Invariants: seqs run from 1 without gaps; a record is linked once; links and anchors are append-only;
 * the batch id of the anchor at seq n is the version 3 UUID of "guildhall.audit:" + n.
 * <p>
 * Out of scope: the chain itself (this context fires an event; the chain bridge records the head), and
 * what happens before a record is linked (a record changed or deleted in its first seconds leaves no trace).
 */
package org.guildhall.registry.audit;
