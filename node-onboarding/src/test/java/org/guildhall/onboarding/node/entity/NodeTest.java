package org.guildhall.onboarding.node.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged;
import org.guildhall.onboarding.node.boundary.NodeAllowListChanged.Change;
import org.junit.jupiter.api.Test;

class NodeTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    static Node node(String host) {
        return new Node(UUID.randomUUID(), UUID.randomUUID(), "access", "cngd", "gd-1", "cd".repeat(64), host, 30303,
                "00".repeat(32), T0);
    }

    @Test
    void aSuspendedNodeIsReinstatedAndARevokedOneStaysRevoked() {
        Node node = node("10.0.0.1");
        node.change(Change.SUSPENDED, "maintenance overdue", T0);
        assertThat(node.getStatus()).isEqualTo(NodeStatus.SUSPENDED);
        node.change(Change.REINSTATED, null, T0);
        assertThat(node.getStatus()).isEqualTo(NodeStatus.ACTIVE);
        node.change(Change.REVOKED, "key stolen", T0);
        assertThat(node.getStatus().isLive()).isFalse();
        assertThatThrownBy(() -> node.change(Change.REINSTATED, null, T0)).isInstanceOf(OnboardingException.class)
                .hasMessageContaining("revoked, so it cannot be reinstated");
        assertThatThrownBy(() -> node.change(Change.DEACTIVATED, null, T0)).isInstanceOf(OnboardingException.class);
    }

    @Test
    void aLiveNodeOfAnOrganisationThatLeftIsDeactivated() {
        Node node = node("10.0.0.1");
        node.change(Change.SUSPENDED, "audit", T0);
        node.change(Change.DEACTIVATED, "Shenzhen Fintech Consortium left the federation", T0);
        assertThat(node.getStatus()).isEqualTo(NodeStatus.DEACTIVATED);
    }

    @Test
    void anIpv6EndpointIsBracketedInItsEnodeUrl() {
        assertThat(node("2001:db8::7").enodeUrl()).isEqualTo("enode://" + "cd".repeat(64) + "@[2001:db8::7]:30303");
    }

    @Test
    void aChangeBecomesTheEventChainBridgeWrites() {
        Node node = node("10.0.0.1");
        NodeChange change = new NodeChange(node.getId(), Change.REVOKED, "reviewer", "key stolen", T0);
        NodeAllowListChanged event = change.event(node);
        assertThat(event.changeId()).isEqualTo(change.getId());
        assertThat(event.enodeId()).isEqualTo("cd".repeat(64));
        assertThat(event.change().allowed()).isFalse();
        assertThat(event.port()).isEqualTo(30303);
    }
}
