package org.guildhall.chainbridge.reconciliation.entity;

import java.util.Locale;

/**
 * What the outbox wrote, or will write, for one id: the contract, the id, and the content the contract's event
 * must carry ({@code null} where the event's shape is not the call's, as for the node registry).
 */
public record ExpectedWrite(String kind, String reference, String contract, String itemId, String content,
                            boolean confirmed) {

    /** From an outbox entry's call data: {@code 0x} + selector + id word + the rest of the arguments. */
    public static ExpectedWrite of(String kind, String reference, String contract, String callData, boolean confirmed) {
        String hex = callData.startsWith("0x") ? callData.substring(2) : callData;
        String id = hex.length() >= 72 ? "0x" + hex.substring(8, 72).toLowerCase(Locale.ROOT) : "0x";
        String content = "NODE".equals(kind) || hex.length() < 72 ? null : hex.substring(72).toLowerCase(Locale.ROOT);
        return new ExpectedWrite(kind, reference, contract, id, content, confirmed);
    }
}
