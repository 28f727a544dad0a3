package org.guildhall.chainbridge.reconciliation.entity;

/**
 * What the stored domain says must be on chain for an id: the event content it implies, and a problem the domain
 * has with itself ({@code null} if none), such as a result document that no longer hashes to its stored hash.
 */
public record DomainFact(String contract, String itemId, String content, String description, String problem) {
}
