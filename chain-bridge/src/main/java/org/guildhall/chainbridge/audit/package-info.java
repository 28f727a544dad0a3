/**
 * The audit trail on chain: each sealed head of the audit hash chain goes to the AnchorRegistry through the outbox,
 * and {@code ./guildhall verify-audit} checks the stored chain against the anchors the contract holds.
 */
package org.guildhall.chainbridge.audit;
