/**
 * The transactional outbox: what must be written on chain is stored in the transaction of the
 * decision that produced it, so both commit or neither does.
 * <p>
 * An entry moves PENDING → SIGNED (the signed transaction is stored before it is sent) → SUBMITTED
 * → CONFIRMED, or to FAILED when the chain reverts it or after too many attempts (never once
 * SUBMITTED: its transaction may be mined, so only the chain settles it). The stored signed
 * transaction is re-broadcast as is on retry, so a crash between signing, sending and the receipt
 * never writes twice.
 */
package org.guildhall.chainbridge.outbox;
