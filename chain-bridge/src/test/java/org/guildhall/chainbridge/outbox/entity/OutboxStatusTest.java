package org.guildhall.chainbridge.outbox.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxStatusTest {

    @Test
    void signedButNotYetSentIsShownAsPending() {
        assertThat(OutboxStatus.PENDING.publicName()).isEqualTo("pending");
        assertThat(OutboxStatus.SIGNED.publicName()).isEqualTo("pending");
    }

    @Test
    void laterStatusesAreShownByTheirOwnName() {
        assertThat(OutboxStatus.SUBMITTED.publicName()).isEqualTo("submitted");
        assertThat(OutboxStatus.CONFIRMED.publicName()).isEqualTo("confirmed");
        assertThat(OutboxStatus.FAILED.publicName()).isEqualTo("failed");
    }

    @Test
    void publicNamesAreTheFourThatThePendingRecordAlsoUses() {
        for (OutboxStatus status : OutboxStatus.values()) {
            assertThat(status.publicName()).isIn("pending", "submitted", "confirmed", "failed");
        }
        assertThat(ChainRecord.pending(UUID.randomUUID(), "GovernanceLedger").status())
                .isEqualTo(OutboxStatus.PENDING.publicName());
    }
}
