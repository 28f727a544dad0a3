package org.guildhall.chainbridge.reconciliation.entity;

import java.util.Objects;

/** One way the chain, the outbox and the stored facts disagree about an id. */
public record Difference(Kind kind, String contract, String itemId, String expected, String found) {

    public enum Kind {
        /** Confirmed (or decided) here, but the contract holds no event for it. */
        MISSING_ON_CHAIN,
        /** The contract holds an event for an id the portal never wrote. */
        UNKNOWN_ON_CHAIN,
        /** The chain holds other content for the id than the outbox wrote. */
        HASH_DIFFERS,
        /** The stored fact (a decision, its result document) no longer says what was written for it. */
        DOMAIN_DIFFERS,
        /** The same event for the same id more than once. */
        DUPLICATE_EVENT
    }

    public Difference {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(contract);
        Objects.requireNonNull(itemId);
        expected = clip(expected);
        found = clip(found);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 197) + "...";
    }

    @Override
    public String toString() {
        return kind + " " + contract + " " + itemId + (expected == null ? "" : " expected " + expected)
                + (found == null ? "" : " found " + found);
    }
}
