package org.guildhall.onboarding.node.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guildhall.onboarding.node.entity.Node;
import org.junit.jupiter.api.Test;

class NodeConfigExportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static Node node(String id, String host) {
        return new Node(UUID.randomUUID(), UUID.randomUUID(), "backbone", "cnbj", "n-" + host, id.repeat(64), host,
                30303, "00".repeat(32), T0);
    }

    @Test
    void permissionsConfigListsEveryNodeInBesuTomlSyntax() {
        String toml = NodeConfigExport.permissionsToml(List.of(node("ab", "10.0.0.1"), node("cd", "2001:db8::1")), T0);
        assertThat(toml).contains("nodes-allowlist=[\n  \"enode://" + "ab".repeat(64) + "@10.0.0.1:30303\",\n  \"enode://"
                + "cd".repeat(64) + "@[2001:db8::1]:30303\"\n]\n");
        assertThat(toml.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst()).contains("nodes-allowlist=[");
    }

    @Test
    void anEmptyAllowListIsStillValidToml() {
        assertThat(NodeConfigExport.permissionsToml(List.of(), T0)).endsWith("nodes-allowlist=[]\n");
    }

    @Test
    void staticNodesIsAJsonArrayOfEnodeUrls() {
        String json = NodeConfigExport.staticNodesJson(List.of(node("ab", "10.0.0.1")));
        assertThat(Json.createReader(new StringReader(json)).readArray().getString(0))
                .isEqualTo("enode://" + "ab".repeat(64) + "@10.0.0.1:30303");
    }

    @Test
    void bootnodesAreCommaSeparated() {
        assertThat(NodeConfigExport.bootnodes(List.of(node("ab", "10.0.0.1"), node("cd", "10.0.0.2"))))
                .isEqualTo("enode://" + "ab".repeat(64) + "@10.0.0.1:30303,enode://" + "cd".repeat(64) + "@10.0.0.2:30303\n");
    }
}
