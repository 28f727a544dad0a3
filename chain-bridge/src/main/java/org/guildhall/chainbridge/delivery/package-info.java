/**
 * Delivery of outbox entries to the chain by Camel routes: sign with the HSM key, store the signed
 * transaction, send it, wait for the receipt and its confirmations, record the result.
 * <p>
 * Every step commits before the next one starts, and every step can be repeated: a signed
 * transaction is re-broadcast as is, a receipt is looked up by the stored hash, and the contract
 * rejects a duplicate id. A node that is down makes the entry wait with exponential backoff.
 */
package org.guildhall.chainbridge.delivery;
