/**
 * Leadership: exactly one portal instance drives the chain bridge at a time. It holds a PostgreSQL advisory lock
 * on a connection outside the container's pool; when that instance dies its session ends, the lock is free, and
 * another instance takes over within seconds with a higher epoch, which fences the old leader's writes.
 */
package org.guildhall.chainbridge.leadership;
