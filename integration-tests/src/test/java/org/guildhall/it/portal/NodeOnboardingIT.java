package org.guildhall.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.it.dsl.Await;
import org.guildhall.it.dsl.Browser;
import org.guildhall.it.dsl.ChainProbe;
import org.guildhall.it.dsl.Nodes;
import org.guildhall.it.dsl.Nodes.Download;
import org.guildhall.it.dsl.PortalApi;
import org.guildhall.it.dsl.PortalApi.Answer;
import org.guildhall.it.dsl.Proposals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Node onboarding over the real WAR, the dev chain and the HSM: an application with an {@code openssl req}
 * CSR goes from draft to a certificate that {@code openssl verify} accepts and an allow-list entry read
 * back from the contract; revocation reaches the CRL and the chain; vote-bound types wait for the vote;
 * bad input is refused and leaves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NodeOnboardingIT {

    private static final String ORGANISATION = "Shenzhen Fintech Consortium";

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("guildhall.war")));
    }

    @ArquillianResource
    URL base;
    @TempDir
    Path dir;

    @Test
    void anOpensslCsrBecomesACertificateOpensslVerifiesAndTheNodeIsAllowedOnChainUntilRevoked() throws Exception {
        PortalApi api = new PortalApi(base);
        String operator = api.token("operator");
        String reviewer = api.token("reviewer");
        try (ServerSocket endpoint = new ServerSocket(0); ChainProbe chain = ChainProbe.fromEnvironment()) {
            int port = endpoint.getLocalPort();
            String name = "it-access-" + UUID.randomUUID().toString().substring(0, 8);
            String nodeId = Nodes.newNodeId();
            String enode = "enode://" + nodeId + "@127.0.0.1:" + port;
            String csr = Nodes.opensslCsr(dir, "P-256", ORGANISATION, name);

            Answer draft = api.post("api/v1/node-applications", operator, Nodes.form("access", "cngd", name, enode,
                    "04" + nodeId, null, List.of(), "99.9", "ops@example.org"));
            assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
            String id = draft.object().getString("id");
            assertThat(draft.object().getString("status")).isEqualTo("draft");
            Answer stale = putForm(api, operator, id, "\"99\"", Nodes.form("access", "cngd", name, enode, "04" + nodeId,
                    csr, List.of(), "99.9", "ops@example.org"));
            assertThat(stale.status()).as("an amendment based on an old version").isEqualTo(409);
            Answer amended = putForm(api, operator, id, draft.headers().firstValue("ETag").orElseThrow(),
                    Nodes.form("access", "cngd", name, enode, "04" + nodeId, csr, List.of(), "99.9", "ops@example.org"));
            assertThat(amended.status()).as(amended.raw()).isEqualTo(200);

            Answer submitted = api.post("api/v1/node-applications/" + id + "/submission", operator, "{}");
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
            assertThat(submitted.object().getString("status")).isEqualTo("submitted");
            List<JsonObject> checks = api.get("api/v1/node-applications/" + id + "/checks", operator).body().asJsonArray()
                    .getValuesAs(JsonObject.class);
            assertThat(checks).extracting(c -> c.getString("code")).contains("enode-syntax", "enode-key", "node-public-key",
                    "csr-signature", "csr-key", "csr-subject", "unique-name", "unique-enode", "unique-key",
                    "standards-declared", "service-level", "endpoint-reachable");
            assertThat(checks).allSatisfy(c -> assertThat(c.getString("outcome")).as(c.toString()).isEqualTo("passed"));
            assertThat(api.get("api/v1/node-applications/" + id, api.token("rep-eu")).status())
                    .as("another organisation's application").isEqualTo(403);
            assertThat(api.post("api/v1/node-applications/" + id + "/review", operator, "{\"decision\":\"approve\"}").status())
                    .as("operators do not review").isEqualTo(403);

            JsonObject admitted = api.post("api/v1/node-applications/" + id + "/review", reviewer,
                    "{\"decision\":\"approve\",\"reason\":\"Checks pass; endpoint answers.\"}").object();
            assertThat(admitted.getString("status")).as(admitted.toString()).isEqualTo("admitted");
            String node = admitted.getString("node");

            Path ca = Nodes.write(dir.resolve("ca.pem"), downloadOk(api, "api/v1/ca/certificate").body());
            Path certificate = Nodes.write(dir.resolve("node.pem"), downloadOk(api, "api/v1/nodes/" + node + "/certificate").body());
            Nodes.Result verified = Nodes.run("openssl", "verify", "-CAfile", ca.toString(), certificate.toString());
            assertThat(verified.output()).as(verified.output()).contains("node.pem: OK");
            Nodes.Result text = Nodes.run("openssl", "x509", "-in", certificate.toString(), "-noout", "-text");
            assertThat(text.output()).contains("CN = " + name, "O = " + ORGANISATION, "IP Address:127.0.0.1",
                    "TLS Web Server Authentication", "TLS Web Client Authentication", "X509v3 CRL Distribution Points",
                    "/api/v1/ca/crl", "X509v3 Authority Key Identifier", "X509v3 Subject Key Identifier", "CA:FALSE");

            String registry = api.get("api/v1/chain", null).object().getJsonObject("contracts").getString("NodeRegistry");
            Await.until("the node allowed on chain", Duration.ofSeconds(60),
                    () -> chain.connectionAllowed(registry, nodeId, "127.0.0.1", port) ? Optional.of(true) : Optional.empty());
            assertThat(chain.connectionAllowed(registry, nodeId, "127.0.0.1", port + 1)).as("another port").isFalse();
            assertThat(text(api, "api/v1/nodes/permissions-config.toml")).contains(enode);
            assertThat(text(api, "api/v1/nodes/static-nodes.json?domain=cngd")).contains(enode);

            Answer revoked = api.post("api/v1/nodes/" + node + "/revocation", reviewer,
                    "{\"reason\":\"key-compromise\",\"text\":\"The operator reported the key stolen.\"}");
            assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
            assertThat(revoked.object().getString("status")).isEqualTo("revoked");
            String serial = revoked.object().getJsonObject("certificate").getString("serial");
            Path crl = Nodes.write(dir.resolve("ca.crl"), downloadOk(api, "api/v1/ca/crl").body());
            Nodes.Result listed = Nodes.run("openssl", "crl", "-inform", "DER", "-in", crl.toString(), "-noout", "-text",
                    "-CAfile", ca.toString());
            assertThat(listed.output()).as(listed.output()).containsIgnoringCase("Serial Number: " + serial)
                    .contains("Key Compromise").contains("verify OK");
            Path crlPem = Nodes.write(dir.resolve("crl.pem"), downloadOk(api, "api/v1/ca/crl?format=pem").body());
            Nodes.Result refused = Nodes.run("openssl", "verify", "-crl_check", "-CRLfile", crlPem.toString(),
                    "-CAfile", ca.toString(), certificate.toString());
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("certificate revoked");
            Await.until("the node no longer allowed on chain", Duration.ofSeconds(60),
                    () -> chain.connectionAllowed(registry, nodeId, "127.0.0.1", port) ? Optional.empty() : Optional.of(true));
            assertThat(text(api, "api/v1/nodes/permissions-config.toml")).doesNotContain(enode);
        }
    }

    @Test
    void aNodeTypeThatNeedsAVoteIsAdmittedOnlyWhenItsProposalPassesAndRefusedWhenItFails() throws Exception {
        PortalApi api = new PortalApi(base);
        String operator = api.token("operator");
        String reviewer = api.token("reviewer");
        JsonObject superType = api.get("api/v1/node-types", null).body().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("code").equals("super")).findFirst().orElseThrow();
        assertThat(superType.getBoolean("needsVote")).isTrue();
        List<String> standards = superType.getJsonArray("requiredStandards").getValuesAs(JsonValue::toString).stream()
                .map(s -> s.replace("\"", "")).toList();
        Await.until("the required standards in the catalogue", Duration.ofSeconds(90), () -> {
            String catalogue = api.get("api/v1/standards", null).raw();
            return standards.stream().allMatch(catalogue::contains) ? Optional.of(true) : Optional.empty();
        });
        JsonObject previous = Proposals.shortenTrack(api, api.token("admin"), "node-admission", "PT1M");
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            String passing = submittedSuperNode(api, operator, first.getLocalPort(), standards);
            String failing = submittedSuperNode(api, operator, second.getLocalPort(), standards);
            JsonObject inVote = review(api, reviewer, passing, "approve");
            assertThat(inVote.getString("status")).as(inVote.toString()).isEqualTo("in-vote");
            assertThat(absent(inVote, "node")).as("no node before the vote").isTrue();
            assertThat(review(api, reviewer, failing, "approve").getString("status")).isEqualTo("in-vote");
            String passingProposal = inVote.getString("proposal");
            String failingProposal = api.get("api/v1/node-applications/" + failing, reviewer).object().getString("proposal");
            assertThat(api.get("api/v1/proposals/" + passingProposal + "/tally", null).object().getString("track"))
                    .isEqualTo("node-admission");
            for (String rep : List.of("rep", "rep-shenzhen", "rep-research", "rep-eu")) {
                String token = api.token(rep);
                assertThat(vote(api, token, passingProposal, "yes").status()).isEqualTo(201);
                assertThat(vote(api, token, failingProposal, "no").status()).isEqualTo(201);
            }
            JsonObject admitted = Await.until("the vote to decide", Duration.ofSeconds(150), () -> {
                JsonObject a = api.get("api/v1/node-applications/" + passing, reviewer).object();
                return a.getString("status").equals("in-vote") ? Optional.empty() : Optional.of(a);
            });
            assertThat(admitted.getString("status")).as(admitted.toString()).isEqualTo("admitted");
            assertThat(absent(admitted, "node")).isFalse();
            JsonObject refused = Await.until("the other vote to decide", Duration.ofSeconds(60), () -> {
                JsonObject a = api.get("api/v1/node-applications/" + failing, reviewer).object();
                return a.getString("status").equals("in-vote") ? Optional.empty() : Optional.of(a);
            });
            assertThat(refused.getString("status")).isEqualTo("rejected");
            assertThat(refused.getString("decisionReason")).contains("rejected");
            assertThat(absent(refused, "node")).isTrue();
        } finally {
            Proposals.shortenTrack(api, api.token("admin"), "node-admission", previous.getString("votingPeriod"));
        }
    }

    @Test
    void anOperatorAppliesThroughTheWizardAndAReviewerAdmitsTheNodeOnItsPage() throws Exception {
        PortalApi api = new PortalApi(base);
        String name = "it-wizard-" + UUID.randomUUID().toString().substring(0, 8);
        String nodeId = Nodes.newNodeId();
        String csr = Nodes.opensslCsr(dir, "P-256", ORGANISATION, name);
        try (ServerSocket endpoint = new ServerSocket(0); Browser operator = new Browser(api.base().toString())) {
            operator.signIn("operator", PortalApi.DEMO_PASSWORD);
            operator.open("onboarding/apply.xhtml");
            operator.script("document.querySelector(\"input[type=radio][value='access']\").click();");
            operator.click("apply:next");
            operator.waitFor(By.id("apply:name"));
            operator.script("document.getElementById('apply:domain_input').value = 'cngd';");
            operator.type("apply:name", name);
            operator.click("apply:next");
            operator.waitFor(By.id("apply:enode"));
            operator.type("apply:enode", "enode://" + nodeId.substring(1) + "@127.0.0.1:" + endpoint.getLocalPort());
            operator.type("apply:nodePublicKey", nodeId);
            operator.type("apply:csr", csr);
            operator.click("apply:save");
            operator.waitFor(By.cssSelector(".ui-message-error-detail"));
            assertThat(operator.pageSource()).as("a malformed enode is shown next to its field, not stored")
                    .contains("The node id must be exactly 128 hexadecimal digits (found 127).");
            assertThat(operator.currentUrl()).as("nothing was saved, so no application id").doesNotContain("id=");
            operator.type("apply:enode", "enode://" + nodeId + "@127.0.0.1:" + endpoint.getLocalPort());
            operator.click("apply:next");
            operator.waitFor(By.id("apply:contact"));
            operator.type("apply:serviceLevel_input", "99.9");
            operator.type("apply:contact", "ops@example.org");
            operator.click("apply:next");
            operator.click("apply:submit");
            operator.awaitText("application-status", "Submitted");
            String id = operator.currentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");

            try (Browser reviewer = new Browser(api.base().toString())) {
                reviewer.signIn("reviewer", PortalApi.DEMO_PASSWORD);
                reviewer.open("onboarding/queue.xhtml");
                assertThat(reviewer.pageSource()).contains(name);
                reviewer.open("onboarding/application.xhtml?id=" + id);
                reviewer.type("review:reason", "Checked in the browser.");
                reviewer.click("review:approve");
                reviewer.awaitText("application-status", "Admitted");
            }
            JsonObject admitted = api.get("api/v1/node-applications/" + id, api.token("reviewer")).object();
            assertThat(admitted.getString("status")).isEqualTo("admitted");
            assertThat(admitted.getString("enode")).contains(nodeId);
        }
    }

    @Test
    void badInputGetsAClearRefusalAndStoresNothing() throws Exception {
        PortalApi api = new PortalApi(base);
        String operator = api.token("operator");
        int before = api.get("api/v1/node-applications?scope=mine", operator).body().asJsonArray().size();
        String name = "it-bad-" + UUID.randomUUID().toString().substring(0, 8);
        String nodeId = Nodes.newNodeId();
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        String enode = "enode://" + nodeId + "@127.0.0.1:" + closed;
        String good = Nodes.opensslCsr(dir, "P-256", ORGANISATION, name);

        refused(api, operator, Nodes.form("access", "cngd", name, "enode://" + nodeId.substring(2) + "@10.0.0.1:30303",
                null, null, List.of(), null, null), 400, "invalid-enode");
        refused(api, operator, Nodes.form("access", "cngd", name, "enode://" + "f".repeat(128) + "@10.0.0.1:30303",
                null, null, List.of(), null, null), 400, "invalid-enode");
        refused(api, operator, Nodes.form("access", "cngd", name, enode, null, tamperedSignature(good), List.of(), null,
                null), 400, "invalid-csr-signature");
        refused(api, operator, Nodes.form("access", "cngd", name, enode, null,
                Nodes.opensslCsr(dir, "rsa:1024", ORGANISATION, name + "-weak"), List.of(), null, null), 400, "weak-key");
        refused(api, operator, Nodes.form("access", "cngd", name, enode, null,
                "-----BEGIN CERTIFICATE REQUEST-----\nZ2FyYmFnZSBieXRlcyBpbnN0ZWFkIG9mIGEgQ1NS\n-----END CERTIFICATE REQUEST-----\n",
                List.of(), null, null), 400, "invalid-csr");
        refused(api, operator, Nodes.form("access", "cngd", name, enode, null, "\u0000\u0001garbage\u00ff", List.of(), null,
                null), 400, "invalid-csr");
        Answer huge = api.post("api/v1/node-applications", operator, Nodes.form("access", "cngd", name, enode, null,
                "A".repeat(600 * 1024), List.of(), null, null));
        assertThat(huge.status()).as("an upload above the body limit").isEqualTo(413);
        Answer tooLong = api.post("api/v1/node-applications", operator, Nodes.form("access", "cngd", name, enode, null,
                "A".repeat(70 * 1024), List.of(), null, null));
        assertThat(tooLong.status()).as("a CSR above 64 KiB").isEqualTo(400);

        Answer first = api.post("api/v1/node-applications", operator, Nodes.form("access", "cngd", name, enode, "04" + nodeId,
                good, List.of(), "99.9", "ops@example.org"));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        String id = first.object().getString("id");
        Answer submitted = api.post("api/v1/node-applications/" + id + "/submission", operator, "{}");
        assertThat(submitted.status()).as("an endpoint that does not answer is recorded, not refused: " + submitted.raw())
                .isEqualTo(200);
        assertThat(api.get("api/v1/node-applications/" + id + "/checks", operator).body().asJsonArray()
                .getValuesAs(JsonObject.class)).anySatisfy(c -> {
                    assertThat(c.getString("code")).isEqualTo("endpoint-reachable");
                    assertThat(c.getString("outcome")).isEqualTo("failed");
                    assertThat(c.getBoolean("blocking")).isFalse();
                });
        refused(api, operator, Nodes.form("access", "cngd", name + "-2", "enode://" + Nodes.newNodeId() + "@10.0.0.2:30303",
                null, good, List.of(), null, null), 409, "duplicate-key");
        refused(api, operator, Nodes.form("access", "cngd", name + "-3", enode, null, null, List.of(), null, null),
                409, "duplicate-enode");
        assertThat(api.get("api/v1/node-applications?scope=mine", operator).body().asJsonArray())
                .as("only the one good application was stored").hasSize(before + 1);
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static void refused(PortalApi api, String token, String form, int status, String type) {
        Answer answer = api.post("api/v1/node-applications", token, form);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.object().getString("type")).endsWith("/" + type);
        assertThat(answer.object().getString("detail")).isNotBlank().doesNotContain("Exception");
    }

    /** The CSR with one bit of its signature flipped: still DER, no longer signed by its key. */
    private static String tamperedSignature(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = java.util.Base64.getDecoder().decode(base64);
        der[der.length - 5] ^= 0x01;
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + java.util.Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    private String submittedSuperNode(PortalApi api, String operator, int port, List<String> standards) {
        String name = "it-super-" + UUID.randomUUID().toString().substring(0, 8);
        String nodeId = Nodes.newNodeId();
        Answer draft = api.post("api/v1/node-applications", operator, Nodes.form("super", null, name,
                "enode://" + nodeId + "@127.0.0.1:" + port, nodeId, Nodes.opensslCsr(dir, "P-256", ORGANISATION, name),
                standards, "99.99", "ops@example.org"));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        String id = draft.object().getString("id");
        Answer submitted = api.post("api/v1/node-applications/" + id + "/submission", operator, "{}");
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        return id;
    }

    private static JsonObject review(PortalApi api, String reviewer, String id, String decision) {
        Answer answer = api.post("api/v1/node-applications/" + id + "/review", reviewer,
                "{\"decision\":\"" + decision + "\",\"reason\":\"Reviewed in the integration test.\"}");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.object();
    }

    private static Answer vote(PortalApi api, String token, String proposal, String option) {
        return api.post("api/v1/proposals/" + proposal + "/ballots", token, "{\"option\":\"" + option + "\"}");
    }

    private static Answer putForm(PortalApi api, String token, String id, String etag, String form) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        api.base().resolve("api/v1/node-applications/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json").header("If-Match", etag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                jakarta.json.Json.createReader(new java.io.StringReader(response.body())).read(), response.body(),
                response.headers());
    }

    private static Download downloadOk(PortalApi api, String path) {
        Download download = Nodes.download(api, path);
        assertThat(download.status()).as(path + ": " + new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return download;
    }

    private static String text(PortalApi api, String path) {
        return new String(downloadOk(api, path).body(), StandardCharsets.UTF_8);
    }
}
