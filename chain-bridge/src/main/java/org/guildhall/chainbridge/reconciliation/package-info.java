/**
 * Reconciliation: the contracts' events, read from the node, compared with the outbox and with the decisions as
 * stored. Any difference (a record missing on chain, on chain but unknown, a content that differs, a stored fact
 * changed since it was written, an id written twice) is kept as an open difference and shown in {@code /health}
 * and to operators until it is gone.
 */
package org.guildhall.chainbridge.reconciliation;
