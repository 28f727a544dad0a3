package org.guildhall.chainbridge.nodes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.guildhall.chainbridge.chain.control.ChainControls;
import org.guildhall.chainbridge.chain.control.ContractArtifact;
import org.guildhall.chainbridge.chain.control.ContractDirectory;
import org.guildhall.chainbridge.chain.control.NodeRegistryCalls;
import org.guildhall.chainbridge.chain.entity.AllowListStatus;
import org.guildhall.chainbridge.nodes.entity.NodeChangeDelivery;
import org.guildhall.chainbridge.outbox.control.InMemoryOutboxStore;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.junit.jupiter.api.Test;

class NodeAllowListOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ENODE = "ab".repeat(64);

    private final InMemoryOutboxStore store = new InMemoryOutboxStore(Clock.fixed(NOW, ZoneOffset.UTC));
    private final NodeAllowListOutbox outbox = NodeBoundaries.outbox(store);

    private static NodeAllowListChanged change(Change change) {
        return new NodeAllowListChanged(UUID.randomUUID(), UUID.randomUUID(), ENODE, "10.0.0.7", 30303, change, NOW);
    }

    @Test
    void anAdmissionBecomesOnePendingAdmitOfTheNodesHostAndPort() {
        NodeAllowListChanged admitted = change(Change.ADMITTED);

        outbox.onChanged(admitted);

        OutboxEntry entry = store.byKindAndReference(NodeAllowListOutbox.KIND, admitted.changeId()).orElseThrow();
        assertThat(entry.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.getContract()).isEqualTo(ContractArtifact.NODE_REGISTRY);
        assertThat(entry.getCallData()).isEqualTo(NodeRegistryCalls.admit(admitted.changeId(), ENODE, "10.0.0.7", 30303));
        assertThat(entry.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void everyOtherChangeSetsTheStatusItLeavesTheNodeIn() {
        for (var expected : List.of(new Object[] {Change.SUSPENDED, AllowListStatus.SUSPENDED},
                new Object[] {Change.REINSTATED, AllowListStatus.ALLOWED},
                new Object[] {Change.REVOKED, AllowListStatus.REVOKED},
                new Object[] {Change.DEACTIVATED, AllowListStatus.DEACTIVATED})) {
            NodeAllowListChanged changed = change((Change) expected[0]);
            outbox.onChanged(changed);
            assertThat(store.byKindAndReference(NodeAllowListOutbox.KIND, changed.changeId()).orElseThrow().getCallData())
                    .as("%s", expected[0])
                    .isEqualTo(NodeRegistryCalls.setStatus(changed.changeId(), ENODE, (AllowListStatus) expected[1]));
        }
    }

    @Test
    void theDeliveryOfAChangeIsItsEntrysAndOtherKindsOrUnknownChangesHaveNone() {
        String registry = "0x" + "43".repeat(20);
        ContractDirectory contracts = ChainControls.directory(ChainControls.config("http://127.0.0.1:1", 31337, 1,
                "0x" + "41".repeat(20), null, registry), null, null);
        NodeChainStatus status = NodeBoundaries.status(store, contracts, null);
        NodeAllowListChanged admitted = change(Change.ADMITTED);
        outbox.onChanged(admitted);
        store.enqueue("ANCHOR", admitted.changeId(), ContractArtifact.ANCHOR_REGISTRY, "0x00");
        UUID unknown = UUID.randomUUID();

        assertThat(status.deliveryOf(admitted.changeId()))
                .contains(new NodeChangeDelivery(admitted.changeId(), "pending", null, null, registry, null, null));

        UUID entry = store.byKindAndReference(NodeAllowListOutbox.KIND, admitted.changeId()).orElseThrow().getId();
        String hash = "0x" + "ab".repeat(32);
        store.change(entry, e -> e.signed(31337, "0x" + "11".repeat(20), 4, "0x02", hash));
        store.change(entry, e -> e.submitted(NOW));
        store.change(entry, e -> e.confirmed(hash, 17, 1, NOW));

        NodeChangeDelivery confirmed = status.deliveryOf(admitted.changeId()).orElseThrow();
        assertThat(confirmed).isEqualTo(new NodeChangeDelivery(admitted.changeId(), "confirmed", hash, 17L, registry, null, null));
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(status.deliveriesOf(List.of(unknown, admitted.changeId())))
                .containsOnlyKeys(admitted.changeId()).containsValue(confirmed);
        assertThat(status.deliveryOf(unknown)).isEmpty();
    }
}
