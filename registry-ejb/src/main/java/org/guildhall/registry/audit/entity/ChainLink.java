package org.guildhall.registry.audit.entity;

/**
 * A link of the audit hash chain as stored (a row of {@code audit.audit_link}), whatever it holds: the
 * verifier decides whether it is sound, so nothing is checked here.
 *
 * @param recordHash lower-case hex SHA-256 of the linked record's content
 * @param linkHash   lower-case hex SHA-256 over the previous link hash, {@code seq} and {@code recordHash}
 */
public record ChainLink(long seq, long recordId, String recordHash, String linkHash) {
}
