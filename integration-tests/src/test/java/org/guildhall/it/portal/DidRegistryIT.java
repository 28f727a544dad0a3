package org.guildhall.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.it.dsl.Await;
import org.guildhall.it.dsl.Browser;
import org.guildhall.it.dsl.ChainProbe;
import org.guildhall.it.dsl.Dids;
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

/**
 * The DID registry over the real WAR: the DIF Universal Registrar binding with client-held keys, W3C DID
 * Resolution with history, errors, caching and dereferencing, the registrars' domains and quotas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DidRegistryIT {

    private static final String RESOLUTION = "application/did-resolution";

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("guildhall.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aDidIsCreatedUpdatedTwiceAndDeactivatedWithAClientHeldKeyAndEveryVersionResolves() throws Exception {
        PortalApi api = new PortalApi(base);
        Dids registrar = new Dids(api, api.token("rep"));
        ECKey first = Dids.newKey();
        ECKey second = Dids.newKey();

        Answer started = registrar.startCreate("cnbj", Dids.draft("", new ECKey[] {first}));
        assertThat(started.status()).as(started.raw()).isEqualTo(200);
        JsonObject state = started.object().getJsonObject("didState");
        assertThat(state.getString("state")).isEqualTo("action");
        assertThat(state.getString("action")).isEqualTo("signPayload");
        String did = state.getString("did");
        assertThat(did).matches("did:guild:cnbj:[1-9A-HJ-NP-Za-km-z]{16,22}");
        assertThat(resolve(api, did, Map.of()).status()).as("nothing before the signature").isEqualTo(404);
        Answer created = registrar.finish("create", started, first);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.object().getJsonObject("didState").getString("state")).isEqualTo("finished");
        Instant afterFirst = Instant.now();
        Thread.sleep(1100);

        JsonObject two = Dids.draft(did, new ECKey[] {first}, second);
        Answer updated = registrar.finish("update", registrar.startUpdate(did, two), first);
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(updated.object().getJsonObject("didDocumentMetadata").getString("versionId")).isEqualTo("2");
        Thread.sleep(1100);
        JsonObject three = Dids.draft(did, new ECKey[] {second});
        Answer byNewKey = registrar.finish("update", registrar.startUpdate(did, three), second);
        assertThat(byNewKey.status()).as("version 2 authenticates with the first key only").isEqualTo(400);
        assertThat(byNewKey.object().getJsonObject("didState").getString("state")).isEqualTo("failed");
        assertThat(registrar.finish("update", registrar.startUpdate(did, three), first).status()).isEqualTo(200);

        JsonObject latest = resolve(api, did, Map.of()).object();
        assertThat(latest.getJsonObject("didDocumentMetadata").getString("versionId")).isEqualTo("3");
        assertThat(latest.getJsonObject("didDocument").getJsonArray("verificationMethod")).hasSize(1);
        for (int version = 1; version <= 3; version++) {
            JsonObject resolved = resolve(api, did, Map.of("versionId", Integer.toString(version))).object();
            JsonObject metadata = resolved.getJsonObject("didDocumentMetadata");
            assertThat(metadata.getString("versionId")).isEqualTo(Integer.toString(version));
            assertThat(resolved.getJsonObject("didDocument").getJsonArray("verificationMethod"))
                    .hasSize(version == 2 ? 2 : 1);
            if (version < 3) {
                assertThat(metadata.getString("nextVersionId")).isEqualTo(Integer.toString(version + 1));
            }
        }
        JsonObject between = resolve(api, did, Map.of("versionTime", afterFirst.plusMillis(500).toString())).object();
        assertThat(between.getJsonObject("didDocumentMetadata").getString("versionId")).isEqualTo("1");

        Answer deactivated = registrar.finish("deactivate", registrar.startDeactivate(did), second);
        assertThat(deactivated.status()).as(deactivated.raw()).isEqualTo(200);
        Answer gone = resolve(api, did, Map.of());
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.object().getJsonObject("didDocumentMetadata").getBoolean("deactivated")).isTrue();
        assertThat(gone.object().isNull("didDocument")).isTrue();
        assertThat(resolve(api, did, Map.of("versionId", "2")).status()).as("history stays resolvable").isEqualTo(200);
        assertThat(registrar.startUpdate(did, three).status()).isEqualTo(409);

        try (ChainProbe chain = ChainProbe.fromEnvironment()) {
            for (int version = 1; version <= 4; version++) {
                String path = "api/v1/dids/" + did + "/versions/" + version + "/verification";
                JsonObject verification = Await.until("version " + version + " anchored on chain", Duration.ofSeconds(90),
                        () -> Optional.of(api.get(path, null).object()).filter(v -> v.getBoolean("verified", false)
                                && "confirmed".equals(v.getString("anchorStatus"))));
                assertThat(verification.getBoolean("contentMatches")).isTrue();
                JsonObject anchor = verification.getJsonObject("anchor");
                assertThat(anchor.getString("status")).isEqualTo("confirmed");
                assertThat(verification.getString("onChainRoot")).isEqualTo(anchor.getString("root"));
                assertThat(chain.receipt(anchor.getString("txHash"))).as("the anchoring transaction is on chain")
                        .hasValueSatisfying(r -> assertThat(r.isStatusOK()).isTrue());
            }
        }
        Answer versions = api.get("api/v1/dids/" + did + "/versions", null);
        assertThat(versions.body().asJsonArray()).extracting(v -> v.asJsonObject().getString("operation"))
                .containsExactly("create", "update", "update", "deactivate");
    }

    @Test
    void registrarsActOnlyInTheirDomainsWithinQuotaAndAForgedProofLeavesNothing() {
        PortalApi api = new PortalApi(base);
        Dids shenzhen = new Dids(api, api.token("rep-shenzhen"));
        ECKey key = Dids.newKey();
        Answer elsewhere = shenzhen.startCreate("cnbj", Dids.draft("", new ECKey[] {key}));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.object().getJsonObject("didState").getString("state")).isEqualTo("failed");
        assertThat(new Dids(api, api.token("community")).startCreate("cngd", Dids.draft("", new ECKey[] {key})).status())
                .isEqualTo(403);
        assertThat(new Dids(api, null).startCreate("cngd", Dids.draft("", new ECKey[] {key})).status()).isEqualTo(401);

        long pilotDids = api.get("api/v1/dids?domain=gdsz", null).object().getJsonNumber("total").longValue();
        Answer exhausted = shenzhen.startCreate("gdsz", Dids.draft("", new ECKey[] {key}));
        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.object().getJsonObject("didState").getString("error")).isEqualTo("quota-exhausted");
        assertThat(api.get("api/v1/dids?domain=gdsz", null).object().getJsonNumber("total").longValue()).isEqualTo(pilotDids);
        assertThat(shenzhen.startCreate("edu1", Dids.draft("", new ECKey[] {key})).status()).isEqualTo(403);

        long usedBefore = api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue();
        Answer started = shenzhen.startCreate("cngd", Dids.draft("", new ECKey[] {key}));
        String did = started.object().getJsonObject("didState").getString("did");
        Answer forged = shenzhen.finish("create", started, Dids.newKey());
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.object().getJsonObject("didState").getString("error")).isEqualTo("invalid-proof");
        assertThat(resolve(api, did, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue()).isEqualTo(usedBefore);
        assertThat(shenzhen.finish("create", started, key).status()).as("the job still takes the right signature")
                .isEqualTo(201);
        assertThat(api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue()).isEqualTo(usedBefore + 1);
    }

    @Test
    void resolutionAnswersEveryDidAndDidUrlAsTheAbnfAndTheHttpBindingSay() {
        PortalApi api = new PortalApi(base);
        String did = api.get("api/v1/dids?domain=cnbj&status=active&limit=1", null).object().getJsonArray("items")
                .getJsonObject(0).getString("did");

        for (String invalid : List.of("did:", "did:guild", "did:guild:", "did:GUILD:cnbj:abc", "did:guild:cnbj:abc:",
                "did:guild:cn%zzbj", "did:guild:cnbj:a b", "DID:guild:cnbj:abc", "did:gu-ild:cnbj:abc", "did::cnbj",
                "did:guild:cnbj:ab#c#d", "did:guild:cnbj:abc%", "did:guild:CNBJ:5HueCGU8rMjxEXxiPuD5BD",
                "did:guild:cnbj:0OIl0OIl0OIl0OIl0OIl0O", "did:guild:cnbj:abc")) {
            Answer answer = resolve(api, invalid, Map.of());
            assertThat(answer.status()).as(invalid).isEqualTo(400);
            assertThat(answer.object().getJsonObject("didResolutionMetadata").getJsonObject("error").getString("type"))
                    .as(invalid).isEqualTo("https://www.w3.org/ns/did#INVALID_DID");
        }
        for (String otherMethod : List.of("did:example:123", "did:web:example.com", "did:key:z6Mk:a.b-c_d%20e",
                "did:a1:x")) {
            assertThat(resolve(api, otherMethod, Map.of()).status()).as(otherMethod).isEqualTo(501);
        }
        assertThat(resolve(api, "did:guild:cnbj:5HueCGU8rMjxEXxiPuD5BD", Map.of()).status()).isEqualTo(404);

        Answer document = api.getWith(path(did), Map.of("Accept", "application/did+json"));
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/did+json");
        assertThat(document.object().getString("id")).isEqualTo(did);
        Answer ld = api.getWith(path(did), Map.of("Accept", "application/did+ld+json"));
        assertThat(ld.object().containsKey("@context")).isTrue();
        Answer html = api.getWith(path(did), Map.of("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(406);
        assertThat(html.object().getString("type")).isEqualTo("https://www.w3.org/ns/did#REPRESENTATION_NOT_SUPPORTED");
        Answer result = api.getWith(path(did), Map.of("Accept", RESOLUTION));
        assertThat(result.contentType()).startsWith(RESOLUTION);
        String etag = result.headers().firstValue("ETag").orElseThrow();
        assertThat(result.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(api.getWith(path(did), Map.of("Accept", RESOLUTION, "If-None-Match", etag)).status()).isEqualTo(304);
        Answer fresh = api.getWith(path(did) + "?noCache=true", Map.of("Accept", RESOLUTION));
        assertThat(fresh.object().getJsonObject("didResolutionMetadata").getString("cacheStatus")).isEqualTo("bypass");
        assertThat(api.getWith(path(did), Map.of("Accept", RESOLUTION)).object().getJsonObject("didResolutionMetadata")
                .getString("cacheStatus")).isEqualTo("hit");

        Answer key = api.getWith(path(did + "#key-1"), Map.of("Accept", "application/did+json"));
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.object().getString("id")).isEqualTo(did + "#key-1");
        assertThat(api.getWith(path(did + "#nothing"), Map.of("Accept", "application/did+json")).status()).isEqualTo(404);
        assertThat(api.getWith(path(did + "/a/path"), Map.of("Accept", "application/did+json")).status()).isEqualTo(404);
        Answer service = api.getWith(path(did + "?service=website&relativeRef=%2Fabout"), Map.of());
        assertThat(service.status()).isEqualTo(303);
        assertThat(service.headers().firstValue("Location").orElseThrow()).endsWith("/about");
        assertThat(api.getWith(path(did) + "?versionTime=yesterday", Map.of("Accept", RESOLUTION)).status()).isEqualTo(400);
    }

    @Test
    void aPassedDomainDelegationProposalCreatesTheDomainAndItsRegistrarRegistersThere() {
        PortalApi api = new PortalApi(base);
        String admin = api.token("admin");
        String editor = api.token("reviewer");
        Proposals.shortenTrack(api, admin, "domain-delegation", "PT1M");
        String fintech = api.get("api/v1/organisations", null).body().asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Shenzhen Fintech Consortium")).findFirst().orElseThrow()
                .getString("id");
        String code = "q" + Long.toString(System.nanoTime() % 46_656, 36);
        code = code + "000".substring(0, 4 - code.length());
        String action = Json.createObjectBuilder().add("domain", code).add("parent", "root").add("governedBy", fintech)
                .add("quota", 500).add("nameEn", "Integration pilot").add("nameZh", "集成试点").build().toString();
        JsonObject text = Json.createReader(new java.io.StringReader(Proposals.document("Delegate " + code, Proposals.BODY)))
                .readObject();
        String document = Json.createObjectBuilder(text).remove("category").add("type", "META")
                .add("decisionKind", "DOMAIN_DELEGATION").add("action", action).build().toString();
        Answer created = api.post("api/v1/proposals", api.token("rep"), document);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.object().getString("id");
        Proposals.move(api, editor, id, "review");
        Proposals.move(api, editor, id, "last-call");
        assertThat(api.get("api/v1/domains/" + code, null).status()).as("nothing before the decision").isEqualTo(404);
        for (String rep : List.of("rep", "rep-shenzhen", "rep-research")) {
            assertThat(api.post("api/v1/proposals/" + id + "/ballots", api.token(rep), "{\"option\":\"yes\"}").status())
                    .isEqualTo(201);
        }

        String delegated = code;
        JsonObject domain = Await.until("domain " + code + " delegated by the decision", Duration.ofSeconds(240),
                () -> Optional.of(api.get("api/v1/domains/" + delegated, null)).filter(a -> a.status() == 200)
                        .map(Answer::object));
        assertThat(domain.getString("governedBy")).isEqualTo(fintech);
        assertThat(domain.getJsonNumber("quota").longValue()).isEqualTo(500);
        assertThat(domain.getString("parent")).isEqualTo("root");
        JsonObject change = api.get("api/v1/domains/" + code + "/history", null).body().asJsonArray().getJsonObject(0);
        assertThat(change.getString("kind")).isEqualTo("delegated");
        assertThat(change.getString("decisionId")).isNotBlank();

        Dids shenzhen = new Dids(api, api.token("rep-shenzhen"));
        ECKey key = Dids.newKey();
        Answer registered = shenzhen.finish("create", shenzhen.startCreate(code, Dids.draft("", new ECKey[] {key})), key);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        assertThat(api.get("api/v1/domains/" + code, null).object().getJsonNumber("used").longValue()).isEqualTo(1);
    }

    @Test
    void aRegistrarRegistersADidInTheBrowserWithAKeyTheServerNeverSees() {
        PortalApi api = new PortalApi(base);
        try (Browser browser = new Browser(api.base().toString())) {
            browser.open("login.xhtml");
            browser.signIn("rep", PortalApi.DEMO_PASSWORD);
            browser.open("registry/register-did.xhtml");
            browser.script("document.getElementById('wizard-domain').value = 'bjfn';"
                    + " document.getElementById('wizard-service').value = 'https://wizard.example.cn';");
            browser.click("wizard-register");
            browser.waitFor(org.openqa.selenium.By.cssSelector("#wizard-result:not([hidden]), #wizard-register:enabled"));
            assertThat(browser.text("wizard-status")).as("the wizard's status").startsWith("Registered");
            String did = browser.text("wizard-did");
            assertThat(did).startsWith("did:guild:bjfn:");
            assertThat(browser.script("return document.getElementById('wizard-key').href.startsWith('blob:');")).isEqualTo(true);
            JsonObject resolved = resolve(api, did, Map.of()).object();
            assertThat(resolved.getJsonObject("didDocument").getJsonArray("service").getJsonObject(0)
                    .getString("serviceEndpoint")).isEqualTo("https://wizard.example.cn");
            assertThat(resolved.toString()).as("no private key material reached the registry").doesNotContain("\"d\"");
        }
    }

    @Test
    void anIdentifierForAThingIsRegisteredUpdatedWithdrawnAndAnchoredUnderItsDomainsQuota() {
        PortalApi api = new PortalApi(base);
        String registrar = api.token("rep-shenzhen");
        String owner = api.get("api/v1/dids?domain=cngd&status=active&limit=1", null).object().getJsonArray("items")
                .getJsonObject(0).getString("did");
        String deactivated = api.get("api/v1/dids?status=deactivated&limit=1", null).object().getJsonArray("items")
                .getJsonObject(0).getString("did");
        String handle = "cngd/products/" + Long.toString(System.nanoTime(), 36);
        long usedBefore = api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue();
        String body = Json.createObjectBuilder().add("handle", handle).add("kind", "PRODUCT").add("ownerDid", owner)
                .add("metadata", Json.createObjectBuilder().add("name", "Container crane 7")
                        .add("location", "https://port.example.cn/cranes/7")).build().toString();

        assertThat(api.post("api/v1/identifiers", api.token("rep"), body).status()).as("another domain's registrar")
                .isEqualTo(403);
        assertThat(api.post("api/v1/identifiers", registrar, body.replace(owner, deactivated)).object().getString("type"))
                .endsWith("/owner-did-not-active");
        assertThat(api.post("api/v1/identifiers", registrar, body.replace("https://port", "javascript://port")).status())
                .isEqualTo(400);
        assertThat(api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue())
                .as("refusals take no quota").isEqualTo(usedBefore);
        Answer registered = api.post("api/v1/identifiers", registrar, body);
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        assertThat(api.post("api/v1/identifiers", registrar, body).status()).isEqualTo(409);
        assertThat(api.get("api/v1/domains/cngd", null).object().getJsonNumber("used").longValue()).isEqualTo(usedBefore + 1);

        Answer updated = api.put("api/v1/identifiers/" + handle, registrar, "{\"expectedVersion\":1,\"metadata\":"
                + "{\"name\":\"Container crane 7 (refitted)\"}}");
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(api.put("api/v1/identifiers/" + handle, registrar, "{\"expectedVersion\":1,\"metadata\":{}}").status())
                .as("a stale version").isEqualTo(409);
        assertThat(api.post("api/v1/identifiers/" + handle + "/withdrawal", registrar, "{\"expectedVersion\":2}").status())
                .isEqualTo(200);
        JsonObject first = api.get("api/v1/identifiers/" + handle + "?versionId=1", null).object();
        assertThat(first.getJsonObject("metadata").getString("name")).isEqualTo("Container crane 7");
        assertThat(first.getString("ownerDid")).isEqualTo(owner);
        assertThat(api.get("api/v1/identifiers/" + handle, null).object().getString("status")).isEqualTo("withdrawn");
        assertThat(api.get("api/v1/identifiers/" + handle + "/versions", null).body().asJsonArray())
                .extracting(v -> v.asJsonObject().getString("operation")).containsExactly("register", "update", "withdraw");
        assertThat(api.get("api/v1/identifiers?domain=cngd", null).object().getJsonArray("items"))
                .extracting(i -> i.asJsonObject().getString("handle")).contains(handle);

        JsonObject anchored = Await.until("the identifier's first version anchored", Duration.ofSeconds(90),
                () -> Optional.of(api.get("api/v1/identifiers/" + handle + "?versionId=1", null).object())
                        .filter(i -> !"pending".equals(i.getJsonObject("anchor").getString("status"))));
        assertThat(anchored.getJsonObject("anchor").getString("root")).hasSize(64);
    }

    private static Answer resolve(PortalApi api, String did, Map<String, String> options) {
        StringBuilder query = new StringBuilder();
        options.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return api.getWith(path(did) + query, Map.of("Accept", RESOLUTION));
    }

    private static String path(String didUrl) {
        return "1.0/identifiers/" + URLEncoder.encode(didUrl, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
