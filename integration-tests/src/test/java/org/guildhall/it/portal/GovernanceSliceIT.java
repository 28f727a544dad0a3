package org.guildhall.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.guildhall.it.dsl.Await;
import org.guildhall.it.dsl.Browser;
import org.guildhall.it.dsl.ChainProbe;
import org.guildhall.it.dsl.PortalApi;
import org.guildhall.it.dsl.PortalApi.Answer;
import org.guildhall.it.dsl.Proposals;
import org.guildhall.it.dsl.SignedBallots;
import org.guildhall.it.dsl.VerifyTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * The foundation's slice end to end over the real WAR on Payara Micro, with the embedded PostgreSQL,
 * the Hardhat dev chain and the SoftHSM2 token that {@code ./guildhall test} starts: a member
 * representative drafts, an admin opens the vote, members vote, the vote closes, and the decision
 * lands in the GovernanceLedger contract in a transaction signed by the key inside the HSM.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceSliceIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("guildhall.war")));
    }

    @ArquillianResource
    URL base;

    /**
     * The improvement process end to end: draft, editor queue, review with a number, an edit and its
     * diff, a comment, last call opening the vote, ballots (one replaced, one signed by the voter),
     * the close, the decision with the result document's hash confirmed on chain, the recount by
     * the API and by {@code ./guildhall verify-tally}, and the standard in the catalogue.
     */
    @Test
    void aProposalGoesFromDraftToAFinalStandardWhoseResultIsOnChainAndRecounts() throws Exception {
        PortalApi api = new PortalApi(base);
        String rep = api.token("rep");
        String editor = api.token("reviewer");
        String admin = api.token("admin");
        Proposals.shortenTrack(api, admin, "standard-adoption", "PT1M");
        JsonObject proposal = draft(api, rep, "Slice " + UUID.randomUUID().toString().substring(0, 8));
        String id = proposal.getString("id");
        assertThat(proposal.getString("status")).isEqualTo("draft");
        assertThat(proposal.containsKey("number") && !proposal.isNull("number")).as("no number before review").isFalse();

        assertThat(api.post("api/v1/proposals/" + id + "/submission", rep, "{}").status()).isEqualTo(200);
        assertThat(api.get("api/v1/proposals/queue", null).body().asJsonArray())
                .extracting(q -> q.asJsonObject().getString("id")).contains(id);
        Answer byAuthor = api.post("api/v1/proposals/" + id + "/transitions", rep, "{\"to\":\"review\"}");
        assertThat(byAuthor.status()).as("only editors move to review").isEqualTo(403);
        assertThat(api.post("api/v1/proposals/" + id + "/transitions", editor, "{\"to\":\"voting\"}").object()
                .getString("type")).endsWith("/unknown-status");
        Answer skipping = api.post("api/v1/proposals/" + id + "/transitions", editor, "{\"to\":\"final\"}");
        assertThat(skipping.status()).isEqualTo(409);
        assertThat(skipping.object().getString("type")).endsWith("/transition-not-allowed");
        JsonObject reviewed = Proposals.move(api, editor, id, "review");
        int number = reviewed.getInt("number");
        assertThat(api.get("api/v1/proposals/" + number, null).object().getString("id")).isEqualTo(id);
        assertThat(api.get("api/v1/proposals/queue", null).body().asJsonArray())
                .extracting(q -> q.asJsonObject().getString("id")).doesNotContain(id);

        String edited = Proposals.BODY.replace("Kept short.", "Kept short, and clear.");
        Answer edit = api.put("api/v1/proposals/" + id, rep, "{\"revision\":1,\"document\":"
                + Proposals.document(proposal.getString("title"), edited) + "}");
        assertThat(edit.status()).as(edit.raw()).isEqualTo(200);
        assertThat(api.put("api/v1/proposals/" + id, rep, "{\"revision\":1,\"document\":"
                + Proposals.document("Stale edit", edited) + "}").status()).as("an edit on an old revision").isEqualTo(409);
        var diff = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        api.base().resolve("api/v1/proposals/" + id + "/diff?from=1&to=2")).header("Accept", "text/x-diff").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("-Kept short.", "+Kept short, and clear.");
        assertThat(api.post("api/v1/proposals/" + id + "/comments", api.token("community"),
                "{\"body\":\"Looks right to me.\"}").status()).isEqualTo(201);

        JsonObject lastCall = Proposals.move(api, editor, id, "last-call");
        assertThat(lastCall.getString("status")).isEqualTo("last-call");
        JsonObject opened = api.get("api/v1/proposals/" + id + "/tally", null).object();
        assertThat(opened.getString("status")).isEqualTo("open");
        assertThat(opened.getString("track")).isEqualTo("standard-adoption");
        assertThat(opened.getJsonNumber("electorateWeight").longValue()).isEqualTo(4);

        assertThat(vote(api, rep, id, "yes").status()).isEqualTo(201);
        assertThat(vote(api, api.token("rep-shenzhen"), id, "no").status()).isEqualTo(201);
        assertThat(vote(api, api.token("rep-shenzhen"), id, "yes").status()).as("a later ballot replaces").isEqualTo(201);
        assertThat(vote(api, api.token("rep-research"), id, "noWithVeto").status()).isEqualTo(201);
        Answer notElector = vote(api, api.token("community"), id, "yes");
        assertThat(notElector.status()).as("the organisations chamber only").isEqualTo(403);
        assertThat(notElector.object().getString("type")).endsWith("/not-an-elector");
        JsonObject receipt = SignedBallots.castSigned(api, api.token("rep-eu"), "rep-eu", id, "yes");
        assertThat(receipt.getBoolean("signedByVoter")).isTrue();
        assertThat(SignedBallots.receiptVerifies(api, receipt.getString("receipt"))).isTrue();

        JsonObject live = api.get("api/v1/proposals/" + id + "/tally", null).object();
        assertThat(live.getJsonObject("totals").getInt("yes")).isEqualTo(3);
        assertThat(live.getJsonObject("totals").getInt("noWithVeto")).isEqualTo(1);
        assertThat(live.getBoolean("quorumReached")).isTrue();
        assertThat(api.get("api/v1/proposals/" + id + "/ballots", null).body().asJsonArray()).hasSize(5)
                .filteredOn(b -> !b.asJsonObject().getBoolean("current")).hasSize(1);

        JsonObject decision = Await.until("the decision on " + id + " to be confirmed on chain", Duration.ofSeconds(240),
                () -> api.get("api/v1/decisions", null).body().asJsonArray().stream().map(v -> v.asJsonObject())
                        .filter(d -> d.getString("proposalId").equals(id))
                        .filter(d -> d.getJsonObject("chain").getString("status").equals("confirmed"))
                        .findFirst());
        assertThat(decision.getString("outcome")).isEqualTo("passed");
        Answer result = api.get("api/v1/proposals/" + id + "/result", null);
        assertThat(result.status()).isEqualTo(200);
        String resultHash = sha256(result.raw());
        assertThat(decision.getString("resultHash")).isEqualTo("0x" + resultHash);
        JsonObject chain = api.get("api/v1/chain", null).object();
        String contract = chain.getJsonObject("contracts").getString("GovernanceLedger");
        try (ChainProbe probe = ChainProbe.fromEnvironment()) {
            TransactionReceipt tx = probe.receipt(decision.getJsonObject("chain").getString("txHash")).orElseThrow();
            assertThat(tx.isStatusOK()).isTrue();
            assertThat(tx.getFrom()).isEqualToIgnoringCase(chain.getString("signerAddress"));
            assertThat(probe.contentHashOf(contract, UUID.fromString(decision.getString("id"))))
                    .as("the result document's hash is what the contract holds").isEqualTo("0x" + resultHash);
        }
        assertThat(result.object().getJsonObject("tally").getBoolean("passed")).isTrue();
        assertThat(result.object().getJsonArray("ballots")).hasSize(5);
        assertThat(api.post("api/v1/results/recount", null, result.raw()).object().getBoolean("reproduced")).isTrue();
        assertThat(VerifyTally.run(result.raw())).contains("reproduced");

        JsonObject decided = api.get("api/v1/proposals/" + id, null).object();
        assertThat(decided.getString("status")).isEqualTo("final");
        JsonObject standard = Await.until("GS-" + number + " in the catalogue", Duration.ofSeconds(10),
                () -> java.util.Optional.of(api.get("api/v1/standards/GS-" + number, null)).filter(a -> a.status() == 200)
                        .map(Answer::object));
        assertThat(standard.getJsonArray("requirements")).hasSize(2);
        Answer late = vote(api, rep, id, "no");
        assertThat(late.status()).as("a ballot after close").isEqualTo(409);
        assertThat(late.object().getString("type")).endsWith("/voting-closed");
        assertThat(api.get("api/v1/proposals/" + id + "/tally", null).object().getJsonObject("totals").getInt("no"))
                .isZero();
        assertThat(api.get("api/v1/proposals/" + id + "/timeline", null).body().asJsonArray())
                .extracting(c -> c.asJsonObject().getString("to")).containsExactly("draft", "review", "last-call", "final");
    }

    @Test
    void theDemoVotesCloseWithEveryOutcomeAndAnExpeditedVoteTurnsRegular() {
        PortalApi api = new PortalApi(base);
        java.util.List<String> outcomes = Await.until("the demo's ended votes to be decided", Duration.ofSeconds(90),
                () -> java.util.Optional.of(api.get("api/v1/decisions", null).body().asJsonArray().stream()
                        .map(d -> d.asJsonObject().getString("outcome")).toList())
                        .filter(o -> o.containsAll(java.util.List.of("passed", "rejected", "vetoed", "failed_quorum"))));
        assertThat(outcomes).contains("passed", "rejected", "vetoed", "failed_quorum");
        String fee = api.get("api/v1/proposals?status=last-call&track=parameter-change&max=500", null).object()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("title").startsWith("Cap identifier")).findFirst().orElseThrow().getString("id");
        var rounds = Await.until("the expedited round to turn regular", Duration.ofSeconds(60),
                () -> java.util.Optional.of(api.get("api/v1/proposals/" + fee + "/rounds", null).body().asJsonArray())
                        .filter(r -> r.size() == 2));
        assertThat(rounds.getJsonObject(0).getBoolean("expedited")).isFalse();
        assertThat(rounds.getJsonObject(0).getString("status")).isEqualTo("open");
        assertThat(rounds.getJsonObject(1).getBoolean("expedited")).isTrue();
        assertThat(rounds.getJsonObject(1).getString("outcome")).isEqualTo("rejected");
        for (String status : java.util.List.of("draft", "review", "last-call", "final", "stagnant", "withdrawn", "living")) {
            assertThat(api.get("api/v1/proposals?status=" + status, null).object().getJsonNumber("total").longValue())
                    .as("demo proposals in " + status).isPositive();
        }
        assertThat(api.get("api/v1/proposals?status=nonsense", null).status()).isEqualTo(400);
    }

    @Test
    void badInputGetsAClearProblemAndChangesNothing() {
        PortalApi api = new PortalApi(base);
        String community = api.token("community");
        String admin = api.token("admin");
        int pendingBefore = api.get("api/v1/organisations/pending", admin).body().asJsonArray().size();

        Answer missing = api.post("api/v1/organisations", community, "{\"name\":\"\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.object().getJsonObject("errors").keySet())
                .contains("name", "kind", "jurisdiction", "contactName", "contactEmail");

        Answer oversized = api.post("api/v1/organisations", community, Json.createObjectBuilder()
                .add("name", "N".repeat(201)).add("kind", "RESEARCH").add("jurisdiction", "CN")
                .add("contactName", "A Person").add("contactEmail", "a@example.org").build().toString());
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.object().getJsonObject("errors").keySet()).containsExactly("name");
        assertThat(api.post("api/v1/organisations", community, "{not json").status()).isEqualTo(400);
        assertThat(api.post("api/v1/organisations", community, "{\"name\":\"" + "x".repeat(600_000) + "\"}").status())
                .isEqualTo(413);
        assertThat(api.get("api/v1/organisations/pending", admin).body().asJsonArray()).hasSize(pendingBefore);

        String unknown = UUID.randomUUID().toString();
        assertThat(api.get("api/v1/proposals/" + unknown, null).status()).isEqualTo(404);
        assertThat(api.get("api/v1/proposals/not-a-uuid", null).status()).isEqualTo(404);
        Answer unknownVote = vote(api, api.token("rep"), unknown, "YES");
        assertThat(unknownVote.status()).isEqualTo(404);
        assertThat(unknownVote.contentType()).startsWith("application/problem+json");

        String open = api.get("api/v1/proposals?status=last-call&track=domain-delegation", null).object()
                .getJsonArray("items").getJsonObject(0).getString("id");
        int ballotsBefore = api.get("api/v1/proposals/" + open + "/ballots", null).body().asJsonArray().size();
        Answer byCommunity = vote(api, community, open, "yes");
        assertThat(byCommunity.status()).as("a user outside the frozen electorate").isEqualTo(403);
        assertThat(byCommunity.object().getString("type")).endsWith("/not-an-elector");
        Answer anonymous = vote(api, null, open, "yes");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.post("api/v1/proposals/" + open + "/transitions", community, "{\"to\":\"final\"}").status())
                .as("neither author nor editor").isEqualTo(403);
        assertThat(api.get("api/v1/organisations/pending", community).status()).isEqualTo(403);
        assertThat(vote(api, "gh_not-a-real-token", open, "yes").status()).isEqualTo(401);
        assertThat(vote(api, api.token("rep"), open, "maybe").status()).isEqualTo(400);
        Answer malformedJws = api.post("api/v1/proposals/" + open + "/ballots", api.token("rep"),
                "{\"option\":\"yes\",\"jws\":\"not.a.jws!\"}");
        assertThat(malformedJws.status()).isEqualTo(400);
        assertThat(malformedJws.contentType()).startsWith("application/problem+json");
        Answer hugeBallot = api.post("api/v1/proposals/" + open + "/ballots", api.token("rep"),
                "{\"option\":\"yes\",\"jws\":\"" + "a".repeat(600_000) + "\"}");
        assertThat(hugeBallot.status()).as("over the 512 KiB body limit").isEqualTo(413);
        assertThat(api.get("api/v1/proposals/" + open + "/ballots", null).body().asJsonArray()).hasSize(ballotsBefore);
        Answer invalidDraft = api.post("api/v1/proposals", api.token("rep"),
                Proposals.document("A title that is far too long for the forty-four character limit", Proposals.BODY));
        assertThat(invalidDraft.status()).isEqualTo(400);
        assertThat(invalidDraft.object().getJsonObject("errors").keySet()).contains("title");
    }

    @Test
    void aRepresentativeVotesInTheBrowserAndSeesTheVoteCounted() {
        PortalApi api = new PortalApi(base);
        String editor = api.token("reviewer");
        String hostile = Proposals.BODY.replace("## Rationale", "<img src=x onerror=\"window.pwned=1\">\n\n"
                + "[click](javascript:window.pwned=2) <script>window.pwned=3</script>\n\n## Rationale");
        String document = Proposals.document("Browser vote " + UUID.randomUUID().toString().substring(0, 8), hostile)
                .replace("\"type\":\"STANDARDS_TRACK\",\"category\":\"CORE\"",
                        "\"type\":\"META\",\"decisionKind\":\"PARAMETER_CHANGE\"");
        Answer created = api.post("api/v1/proposals", api.token("rep-eu"), document);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.object().getString("id");
        Proposals.move(api, editor, id, "review");
        Proposals.move(api, editor, id, "last-call");

        try (Browser browser = new Browser(api.base().toString())) {
            browser.open("login.xhtml");
            String anonymousSession = browser.sessionId();
            browser.signIn("rep-research", PortalApi.DEMO_PASSWORD);
            assertThat(browser.sessionId()).as("a new session id at login").isNotNull().isNotEqualTo(anonymousSession);
            browser.open("proposals/detail.xhtml?id=" + id);
            assertThat(browser.text("tally-yes")).isEqualTo("0");
            assertThat(browser.html("proposal-body")).contains("<h2>Specification</h2>")
                    .doesNotContain("<img", "<script", "javascript:");
            assertThat(browser.script("return [...document.querySelectorAll('#proposal-body *')]"
                    + ".filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length;"))
                    .as("no element of the body has an event handler").isEqualTo(0L);
            assertThat(browser.script("return window.pwned === undefined;")).as("no script of the body ran").isEqualTo(true);
            browser.click("vote:vote-yes");
            browser.awaitText("tally-yes", "1");
            assertThat(browser.text("own-choice")).contains("Yes");

            browser.click("vote:vote-no");
            browser.awaitText("tally-no", "1");
            assertThat(browser.text("tally-yes")).as("the earlier ballot no longer counts").isEqualTo("0");
        }
        JsonObject tally = api.get("api/v1/proposals/" + id + "/tally", null).object();
        assertThat(tally.getJsonObject("totals").getInt("no")).isEqualTo(1);
        assertThat(tally.getJsonObject("totals").getInt("yes")).isZero();
        assertThat(tally.getInt("ballots")).isEqualTo(1);
    }

    @Test
    void tokensAreRevocableAndPagesCarrySecurityHeaders() throws Exception {
        PortalApi api = new PortalApi(base);
        String token = api.token("auditor");
        assertThat(api.get("api/v1/audit?max=5", token).status()).isEqualTo(200);
        assertThat(api.get("api/v1/audit?max=5", api.token("community")).status()).isEqualTo(403);
        var cookies = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        var withCookies = java.net.http.HttpRequest.newBuilder(api.base().resolve("api/v1/audit?max=1"))
                .header("Authorization", "Bearer " + token).build();
        assertThat(cookies.send(withCookies, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(api.delete("api/v1/tokens/current", token).status()).isEqualTo(204);
        assertThat(api.get("api/v1/audit?max=5", token).status()).as("a revoked token").isEqualTo(401);
        assertThat(cookies.send(withCookies, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a revoked token, from a client that keeps cookies").isEqualTo(401);
        assertThat(cookies.send(java.net.http.HttpRequest.newBuilder(api.base().resolve("api/v1/audit?max=1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("no session was opened for a bearer call").isEqualTo(401);
        assertThat(api.post("api/v1/tokens", null, "{\"username\":\"admin\",\"password\":\"wrong-password\"}").status())
                .isEqualTo(401);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("api/v1/tokens", null, "{\"username\":\"reviewer\",\"password\":\"guess-" + i + "\"}")
                    .status()).isEqualTo(401);
        }
        Answer throttled = api.post("api/v1/tokens", null, "{\"username\":\"reviewer\",\"password\":\"guildhall-demo\"}");
        assertThat(throttled.status()).as("the sixth try within minutes, even with the right password").isEqualTo(429);

        var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                api.base().resolve("proposals/list.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        var behindTls = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        api.base().resolve("proposals/list.xhtml")).header("X-Forwarded-Proto", "https").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security")).isPresent();

        var dashboard = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                api.base().resolve("dashboard.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).as("anonymous users are sent to the login page").isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(api.get("api/v1/organisations", null).status()).isEqualTo(200);
        String pending = api.get("api/v1/organisations/pending", api.token("admin")).body().asJsonArray()
                .getJsonObject(0).getString("id");
        assertThat(api.get("api/v1/organisations/" + pending, null).status()).as("an application, anonymously").isEqualTo(404);
        assertThat(api.get("api/v1/organisations/" + pending, api.token("admin")).status()).isEqualTo(200);
    }

    @Test
    void votingTracksAreReadByAnyoneAndChangedByAdminsOnly() {
        PortalApi api = new PortalApi(base);
        var tracks = api.get("api/v1/tracks", null).body().asJsonArray();
        assertThat(tracks).extracting(t -> t.asJsonObject().getString("id"))
                .contains("standard-adoption", "meta-process", "parameter-change", "node-admission", "domain-delegation");
        JsonObject track = api.get("api/v1/tracks/parameter-change", null).object();
        assertThat(track.getString("quorum")).isEqualTo("0.334");
        assertThat(track.getBoolean("executable")).isTrue();

        String admin = api.token("admin");
        String change = "{\"electorate\":\"ORGANISATIONS\",\"weighting\":\"ONE_PER_ORGANISATION\",\"votingPeriod\":\"P5D\","
                + "\"quorum\":\"0.4\",\"threshold\":\"0.5\",\"vetoThreshold\":\"0.334\",\"expeditedPeriod\":\"P1D\","
                + "\"expeditedThreshold\":\"0.667\",\"version\":" + track.getJsonNumber("version").longValue() + "}";
        assertThat(api.put("api/v1/tracks/parameter-change", api.token("community"), change).status()).isEqualTo(403);
        Answer invalid = api.put("api/v1/tracks/parameter-change", admin, change.replace("\"threshold\":\"0.5\"",
                "\"threshold\":\"0.9\""));
        assertThat(invalid.status()).as(invalid.raw()).isEqualTo(400);
        assertThat(invalid.object().getJsonObject("errors").keySet()).contains("expeditedThreshold");
        assertThat(api.put("api/v1/tracks/parameter-change", admin, change.replace("\"quorum\":\"0.4\"",
                "\"quorum\":\"1.5\"")).status()).isEqualTo(400);
        assertThat(api.get("api/v1/tracks/parameter-change", null).object().getString("quorum")).isEqualTo("0.334");

        Answer changed = api.put("api/v1/tracks/parameter-change", admin, change);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.object().getString("quorum")).isEqualTo("0.4");
        assertThat(changed.object().getString("votingPeriod")).isEqualTo("PT120H");
        assertThat(api.put("api/v1/tracks/parameter-change", admin, change).status()).as("a stale version").isEqualTo(400);
        assertThat(api.get("api/v1/tracks/no-such-track", null).status()).isEqualTo(404);

        JsonObject standard = Await.until("the demo's passed standard in the catalogue", Duration.ofSeconds(60),
                () -> java.util.Optional.of(api.get("api/v1/standards/GS-1", null)).filter(a -> a.status() == 200)
                        .map(Answer::object));
        assertThat(standard.getString("version")).isEqualTo("1.0");
        assertThat(standard.getString("status")).isEqualTo("active");
        assertThat(standard.getJsonArray("requirements")).hasSize(4);
        assertThat(api.get("api/v1/standards/NO-1", null).status()).isEqualTo(404);
    }

    @Test
    void anyoneRecountsAResultDocument() {
        PortalApi api = new PortalApi(base);
        String proposal = UUID.randomUUID().toString();
        java.time.Instant start = java.time.Instant.parse("2026-11-01T00:00:00Z");
        java.time.Instant cast = start.plusSeconds(3600);
        var electorate = org.guildhall.proposals.tally.entity.ElectorateSnapshot.of(
                org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS, java.util.List.of(
                        new org.guildhall.proposals.tally.entity.Elector("org-a", 1, org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS),
                        new org.guildhall.proposals.tally.entity.Elector("org-b", 1, org.guildhall.proposals.tally.entity.Chamber.ORGANISATIONS)));
        var yes = org.guildhall.proposals.tally.entity.BallotOption.YES;
        var ballots = java.util.List.of(new org.guildhall.proposals.tally.entity.CastBallot("org-a", yes, cast,
                org.guildhall.proposals.tally.control.BallotHash.of(proposal, "org-a", yes, 1, cast)));
        String document = org.guildhall.proposals.tally.control.ResultDocument.build(
                new org.guildhall.proposals.tally.entity.ProposalRef(proposal, 1, "ab".repeat(32)),
                new org.guildhall.proposals.tally.entity.TrackSnapshot("standard-adoption", "Standard adoption",
                        org.guildhall.proposals.tally.entity.TallyRule.DEFAULT, start, start.plusSeconds(86400), false),
                electorate, ballots).json();

        Answer reproduced = api.post("api/v1/results/recount", null, document);
        assertThat(reproduced.status()).as(reproduced.raw()).isEqualTo(200);
        assertThat(reproduced.object().getBoolean("reproduced")).isTrue();
        assertThat(reproduced.object().getJsonObject("recomputedTally").getString("outcome")).isEqualTo("passed");

        Answer tampered = api.post("api/v1/results/recount", null, document.replace("\"option\":\"yes\"", "\"option\":\"no\""));
        assertThat(tampered.status()).isEqualTo(200);
        assertThat(tampered.object().getBoolean("reproduced")).isFalse();
        assertThat(tampered.object().getJsonArray("differences")).isNotEmpty();

        Answer garbage = api.post("api/v1/results/recount", null, "{\"hello\":1}");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }

    private static JsonObject draft(PortalApi api, String token, String title) {
        Answer created = api.post("api/v1/proposals", token, Proposals.document(title, Proposals.BODY));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.object();
    }

    private static Answer vote(PortalApi api, String token, String proposal, String option) {
        return api.post("api/v1/proposals/" + proposal + "/ballots", token, "{\"option\":\"" + option + "\"}");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
