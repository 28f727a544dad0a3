/**
 * The audit trail shared by every context: who did what to which subject, and when. Records are
 * written in the transaction of the change they describe and are append-only (a database trigger
 * refuses updates and deletes).
 */
package org.guildhall.registry.audit;
