/**
 * The transactional outbox: what must be written on chain is stored in the transaction of the
 * decision that produced it, so both commit or neither does.
 * <p>
 * An entry moves PENDING → SIGNED (the signed transaction is stored before it is sent) → SUBMITTED
 * → CONFIRMED, or to FAILED after too many attempts. The stored signed transaction is re-broadcast
 * as is on retry, so a crash between signing, sending and the receipt never writes twice.
 */
package org.guildhall.chainbridge.outbox;
