package org.guildhall.chainbridge.anchoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.chainbridge.chain.control.AnchorRegistryCalls;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;
import org.guildhall.registry.anchoring.boundary.AnchorBatchSealed;
import org.junit.jupiter.api.Test;

class AnchorOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ROOT = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";

    private final InMemoryOutboxStore store = new InMemoryOutboxStore(Clock.fixed(NOW, ZoneOffset.UTC));
    private final AnchorOutbox outbox = AnchorBoundaries.outbox(store);

    @Test
    void aSealedBatchBecomesOnePendingAnchorCallOfItsRootAndSize() {
        UUID batch = UUID.randomUUID();

        outbox.onSealed(new AnchorBatchSealed(batch, ROOT, 8, NOW));

        OutboxEntry entry = store.byKindAndReference(AnchorOutbox.KIND, batch).orElseThrow();
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getContract()).isEqualTo(ContractArtifact.ANCHOR_REGISTRY);
        assertThat(entry.getCallData()).isEqualTo(AnchorRegistryCalls.anchor(batch, ROOT, 8));
        assertThat(entry.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(store.byKindAndReference("DECISION", batch)).isEmpty();
    }

    @Test
    void theStatusOfABatchIsItsAnchorEntrysDeliveryAndUnknownBatchesHaveNone() {
        String registry = "0x" + "42".repeat(20);
        ContractDirectory contracts = ChainControls.directory(
                ChainControls.config("http://127.0.0.1:1", 31337, 1, "0x" + "41".repeat(20), registry), null, null);
        AnchorRecords records = AnchorBoundaries.records(store, contracts, null);
        UUID batch = UUID.randomUUID();
        outbox.onSealed(new AnchorBatchSealed(batch, ROOT, 3, NOW));

        assertThat(records.statusOf(batch)).contains(new AnchorStatus(batch, "pending", null, null, registry, null));

        UUID entry = store.byKindAndReference(AnchorOutbox.KIND, batch).orElseThrow().getId();
        String hash = "0x" + "ab".repeat(32);
        store.change(entry, e -> e.signed(31337, "0x" + "11".repeat(20), 4, "0x02", hash));
        store.change(entry, e -> e.submitted(NOW));
        store.change(entry, e -> e.confirmed(hash, 17, 1, NOW));

        AnchorStatus confirmed = records.statusOf(batch).orElseThrow();
        assertThat(confirmed).isEqualTo(new AnchorStatus(batch, "confirmed", hash, 17L, registry, null));
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(records.statusOf(UUID.randomUUID())).isEmpty();
    }
}
