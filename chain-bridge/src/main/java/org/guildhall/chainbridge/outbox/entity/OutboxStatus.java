package org.guildhall.chainbridge.outbox.entity;

/** Where an outbox entry stands on its way to the chain. */
public enum OutboxStatus {
    PENDING, SIGNED, SUBMITTED, CONFIRMED, FAILED;

    /** The status shown to users: pending, submitted, confirmed or failed. */
    public String publicName() {
        return switch (this) {
            case PENDING, SIGNED -> "pending";
            case SUBMITTED -> "submitted";
            case CONFIRMED -> "confirmed";
            case FAILED -> "failed";
        };
    }
}
