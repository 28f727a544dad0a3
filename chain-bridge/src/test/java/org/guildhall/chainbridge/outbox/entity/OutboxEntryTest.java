package org.guildhall.chainbridge.outbox.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Instant CREATED = Instant.parse("2025-03-09T08:00:00Z");
    private static final UUID DECISION = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private static final String CALL = "0x12345678";
    private static final String RAW_TX = "0x02f8aa";
    private static final String TX_HASH = "0x" + "ab".repeat(32);

    private static OutboxEntry pending() {
        return new OutboxEntry("decision", DECISION, "GovernanceLedger", CALL, CREATED);
    }

    private static OutboxEntry signed() {
        OutboxEntry entry = pending();
        entry.signed(31337L, "0xfederation", 7L, RAW_TX, TX_HASH);
        return entry;
    }

    private static OutboxEntry submitted() {
        OutboxEntry entry = signed();
        entry.submitted(CREATED.plusSeconds(2));
        return entry;
    }

    @Test
    void newEntryIsPendingAndDueAtOnce() {
        OutboxEntry entry = pending();

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getNextAttemptAt()).isEqualTo(CREATED);
        assertThat(entry.getCreatedAt()).isEqualTo(CREATED);
        assertThat(entry.getAttempts()).isZero();
        assertThat(entry.getKind()).isEqualTo("decision");
        assertThat(entry.getReference()).isEqualTo(DECISION);
        assertThat(entry.getContract()).isEqualTo("GovernanceLedger");
        assertThat(entry.getCallData()).isEqualTo(CALL);
        assertThat(entry.getSignedTx()).isNull();
        assertThat(entry.getTxHash()).isNull();
    }

    @Test
    void storesTheSignedTransactionBeforeItIsSent() {
        OutboxEntry entry = signed();

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SIGNED);
        assertThat(entry.getChainId()).isEqualTo(31337L);
        assertThat(entry.getSender()).isEqualTo("0xfederation");
        assertThat(entry.getNonce()).isEqualTo(7L);
        assertThat(entry.getSignedTx()).isEqualTo(RAW_TX);
        assertThat(entry.getTxHash()).isEqualTo(TX_HASH);
    }

    @Test
    void aPendingEntryWhoseWriteTheContractHoldsIsConfirmedWithANote() {
        OutboxEntry entry = pending();
        entry.foundOnChain("DuplicateDecision", CREATED.plusSeconds(5));
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(entry.getConfirmedAt()).isEqualTo(CREATED.plusSeconds(5));
        assertThat(entry.getLastError()).contains("DuplicateDecision");
        assertThatThrownBy(() -> signed().foundOnChain("DuplicateDecision", CREATED))
                .as("a signed entry has its own transaction to follow").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void waitingForTheChainCountsNoAttemptHoweverOften() {
        OutboxEntry entry = pending();
        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS * 2; i++) {
            entry.waitForTarget("ConnectException: refused", CREATED.plusSeconds(i), java.time.Duration.ofSeconds(5));
        }

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getAttempts()).isZero();
        assertThat(entry.getNextAttemptAt()).isEqualTo(CREATED.plusSeconds(OutboxEntry.MAX_ATTEMPTS * 2 - 1 + 5));
        assertThat(entry.getLastError()).isEqualTo("ConnectException: refused");
    }

    @Test
    void aTransactionMinedWithoutItsEventIsWrittenAgainWithTheReason() {
        OutboxEntry entry = submitted();
        entry.minedWithoutEffect(TX_HASH, 42, CREATED.plusSeconds(9));

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getSignedTx()).isNull();
        assertThat(entry.getTxHash()).isNull();
        assertThat(entry.getNextAttemptAt()).isEqualTo(CREATED.plusSeconds(9));
        assertThat(entry.getLastError()).contains(TX_HASH).contains("block 42").contains("without the contract's event");
    }

    @Test
    void theIdWordIsTheCallsFirstArgument() {
        OutboxEntry entry = new OutboxEntry("decision", DECISION, "GovernanceLedger",
                "0x12345678" + "AB".repeat(32) + "cd".repeat(32), CREATED);
        assertThat(entry.getCallData()).isNotNull();
        assertThat(entry.idWord()).isEqualTo("ab".repeat(32));
        assertThat(pending().idWord()).as("a call without arguments").isEmpty();
    }

    @Test
    void refusesToSignAnEntryThatIsNotPending() {
        for (OutboxEntry entry : new OutboxEntry[] {signed(), submitted()}) {
            OutboxStatus before = entry.getStatus();

            assertThatThrownBy(() -> entry.signed(31337L, "0xother", 8L, "0xother-raw", "0xother-hash"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not PENDING");
            assertThat(entry.getStatus()).isEqualTo(before);
            assertThat(entry.getNonce()).isEqualTo(7L);
            assertThat(entry.getSignedTx()).isEqualTo(RAW_TX);
        }
    }

    @Test
    void refusesToSignAConfirmedEntryAgain() {
        OutboxEntry entry = submitted();
        entry.confirmed(TX_HASH, 42L, 1, CREATED.plusSeconds(10));

        assertThatThrownBy(() -> entry.signed(31337L, "0xother", 8L, "0xother-raw", "0xother-hash"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.CONFIRMED);
    }

    @Test
    void sentTransactionIsSubmitted() {
        assertThat(submitted().getStatus()).isEqualTo(OutboxStatus.SUBMITTED);
    }

    @Test
    void submittedIsIgnoredUnlessTheEntryIsSigned() {
        OutboxEntry entry = pending();

        entry.submitted(CREATED.plusSeconds(2));

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void minedTransactionIsConfirmedWithItsBlockAndReceipt() {
        OutboxEntry entry = submitted();
        entry.attemptFailed("timeout", CREATED.plusSeconds(5));
        Instant at = CREATED.plusSeconds(30);

        entry.confirmed(TX_HASH, 42L, 1, at);

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(entry.getTxHash()).isEqualTo(TX_HASH);
        assertThat(entry.getBlockNumber()).isEqualTo(42L);
        assertThat(entry.getReceiptStatus()).isEqualTo(1);
        assertThat(entry.getConfirmedAt()).isEqualTo(at);
        assertThat(entry.getLastError()).isNull();
    }

    @Test
    void confirmingAgainChangesNothing() {
        OutboxEntry entry = submitted();
        Instant first = CREATED.plusSeconds(30);
        entry.confirmed(TX_HASH, 42L, 1, first);

        entry.confirmed("0x" + "cd".repeat(32), 99L, 0, first.plusSeconds(60));

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.CONFIRMED);
        assertThat(entry.getTxHash()).isEqualTo(TX_HASH);
        assertThat(entry.getBlockNumber()).isEqualTo(42L);
        assertThat(entry.getReceiptStatus()).isEqualTo(1);
        assertThat(entry.getConfirmedAt()).isEqualTo(first);
    }

    @Test
    void revertedTransactionFailsWithTheReason() {
        OutboxEntry entry = submitted();
        Instant at = CREATED.plusSeconds(30);

        entry.rejectedByChain(TX_HASH, 42L, "reverted: DuplicateDecision", at);

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.getReceiptStatus()).isZero();
        assertThat(entry.getBlockNumber()).isEqualTo(42L);
        assertThat(entry.getLastError()).isEqualTo("reverted: DuplicateDecision");
        assertThat(entry.getConfirmedAt()).isEqualTo(at);
    }

    @Test
    void backoffDoublesFromTwoSecondsAndStopsAtTwoMinutes() {
        OutboxEntry entry = pending();
        Instant at = CREATED.plusSeconds(1000);
        long[] expectedSeconds = {2, 4, 8, 16, 32, 64, 120, 120, 120};

        for (int i = 0; i < expectedSeconds.length; i++) {
            entry.attemptFailed("node unreachable", at);

            assertThat(entry.getAttempts()).isEqualTo(i + 1);
            assertThat(Duration.between(at, entry.getNextAttemptAt())).as("after attempt %d", i + 1)
                    .isEqualTo(Duration.ofSeconds(expectedSeconds[i]));
            assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        }
    }

    @Test
    void backoffStaysAtTwoMinutesForManyAttempts() {
        OutboxEntry entry = pending();
        Instant at = CREATED.plusSeconds(1000);

        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS - 1; i++) {
            entry.attemptFailed("node unreachable", at);
        }

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getNextAttemptAt()).isEqualTo(at.plusSeconds(120));
    }

    @Test
    void failsForGoodAfterTheLastAllowedAttempt() {
        OutboxEntry entry = pending();
        Instant at = CREATED.plusSeconds(1000);

        for (int i = 1; i < OutboxEntry.MAX_ATTEMPTS; i++) {
            entry.attemptFailed("attempt " + i, at);
            assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        }
        entry.attemptFailed("last attempt", at);

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.getAttempts()).isEqualTo(OutboxEntry.MAX_ATTEMPTS);
        assertThat(entry.getLastError()).isEqualTo("last attempt");
    }

    @Test
    void submittedEntryIsNeverGivenUpForItsTransactionMayBeMined() {
        OutboxEntry entry = submitted();
        Instant at = CREATED.plusSeconds(1000);

        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS + 3; i++) {
            entry.attemptFailed("node unreachable", at);
        }

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SUBMITTED);
        assertThat(entry.getAttempts()).isEqualTo(OutboxEntry.MAX_ATTEMPTS + 3);
        assertThat(entry.getNextAttemptAt()).isEqualTo(at.plusSeconds(120));
        assertThat(entry.getTxHash()).isEqualTo(TX_HASH);
    }

    @Test
    void failedAttemptKeepsTheSignedTransactionForTheRetry() {
        OutboxEntry entry = signed();

        entry.attemptFailed("connection reset", CREATED.plusSeconds(3));

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SIGNED);
        assertThat(entry.getSignedTx()).isEqualTo(RAW_TX);
        assertThat(entry.getTxHash()).isEqualTo(TX_HASH);
        assertThat(entry.getLastError()).isEqualTo("connection reset");
    }

    @Test
    void keepsAtMost2000CharactersOfAnError() {
        OutboxEntry entry = pending();

        entry.attemptFailed("e".repeat(5000), CREATED);

        assertThat(entry.getLastError()).hasSize(2000);
    }

    @Test
    void resigningClearsTheTransactionAndGoesBackToPending() {
        OutboxEntry entry = submitted();

        entry.resign("nonce 7 was used by another transaction");

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getSignedTx()).isNull();
        assertThat(entry.getTxHash()).isNull();
        assertThat(entry.getNonce()).isNull();
        assertThat(entry.getLastError()).isEqualTo("nonce 7 was used by another transaction");
    }

    @Test
    void resignedEntryCanBeSignedAgainWithANewNonce() {
        OutboxEntry entry = submitted();
        entry.resign("nonce 7 was used by another transaction");

        entry.signed(31337L, "0xfederation", 9L, "0xnew-raw", "0xnew-hash");

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SIGNED);
        assertThat(entry.getNonce()).isEqualTo(9L);
        assertThat(entry.getTxHash()).isEqualTo("0xnew-hash");
    }

    @Test
    void replayResetsAConfirmedEntryToPendingAndDueAtTheReplay() {
        OutboxEntry entry = submitted();
        entry.attemptFailed("timeout", CREATED.plusSeconds(5));
        entry.confirmed(TX_HASH, 42L, 1, CREATED.plusSeconds(30));
        Instant replayedAt = CREATED.plus(Duration.ofDays(1));

        entry.replay(replayedAt);

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getAttempts()).isZero();
        assertThat(entry.getNextAttemptAt()).isEqualTo(replayedAt);
        assertThat(entry.getSignedTx()).isNull();
        assertThat(entry.getTxHash()).isNull();
        assertThat(entry.getNonce()).isNull();
        assertThat(entry.getBlockNumber()).isNull();
        assertThat(entry.getReceiptStatus()).isNull();
        assertThat(entry.getConfirmedAt()).isNull();
        assertThat(entry.getCallData()).isEqualTo(CALL);
        assertThat(entry.getReference()).isEqualTo(DECISION);
    }

    @Test
    void replayGivesAFailedEntryAllItsAttemptsBack() {
        OutboxEntry entry = pending();
        for (int i = 0; i < OutboxEntry.MAX_ATTEMPTS; i++) {
            entry.attemptFailed("node unreachable", CREATED);
        }
        Instant replayedAt = CREATED.plus(Duration.ofHours(1));

        entry.replay(replayedAt);
        entry.signed(1337L, "0xfederation", 0L, RAW_TX, TX_HASH);

        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.SIGNED);
        assertThat(entry.getAttempts()).isZero();
        assertThat(entry.getChainId()).isEqualTo(1337L);
    }
}
