package org.guildhall.portal.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.guildhall.registry.did.boundary.DidRegistrar;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.DomainAction;
import org.guildhall.registry.domain.entity.DomainAction.Operation;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The demo's identity registry: a domain tree under the federation root (regions, an industry
 * sub-domain, one suspended domain, one whose quota is used up) and DIDs registered by the domains' registrars, among them one with
 * three versions and one deactivated. The controllers' keys are made here and thrown away: the registry
 * only ever sees their signatures, as it would with real controllers.
 */
final class DemoRegistry {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final Domains domains;
    private final DidRegistrar registrar;
    private final Clock clock;
    private final Organisation centre;
    private final Organisation fintech;
    private final Organisation lab;
    private final Organisation ebsi;

    DemoRegistry(Domains domains, DidRegistrar registrar, Clock clock, Organisation centre, Organisation fintech,
                 Organisation lab, Organisation ebsi) {
        this.domains = domains;
        this.registrar = registrar;
        this.clock = clock;
        this.centre = centre;
        this.fintech = fintech;
        this.lab = lab;
        this.ebsi = ebsi;
    }

    void seed() throws JOSEException {
        domains.provisionRoot(centre.getId(), 10_000_000, "Federation root", "联邦根域");
        delegate("cnbj", "root", "Beijing region", "北京区域", centre, 1_000_000);
        delegate("bjfn", "cnbj", "Beijing finance", "北京金融", centre, 100_000);
        delegate("cngd", "root", "Guangdong region", "广东区域", fintech, 1_000_000);
        delegate("gdsz", "cngd", "Shenzhen pilot (quota used up)", "深圳试点（配额已用完）", fintech, 2);
        delegate("euro", "root", "European liaison", "欧洲联络", ebsi, 200_000);
        delegate("edu1", "root", "Research and education", "科研教育", lab, 3);
        domains.enact(new DomainAction(Operation.SUSPEND, "edu1", null, null, null, null, null), "demo", null);

        Instant start = Instant.now(clock).minus(Duration.ofDays(30));
        ECKey first = key();
        ECKey second = key();
        String exchange = create("rep", "cnbj", document(first, "https://data-exchange.example.org"), first, start);
        update("rep", exchange, document(first, "https://data-exchange.example.org", second), first,
                start.plus(Duration.ofDays(10)));
        update("rep", exchange, document(second, "https://exchange.example.cn"), first, start.plus(Duration.ofDays(20)));

        ECKey bank = key();
        create("rep", "bjfn", document(bank, "https://bank.example.cn/did"), bank, start.plus(Duration.ofDays(2)));
        ECKey port = key();
        create("rep-shenzhen", "cngd", document(port, "https://port.example.cn"), port, start.plus(Duration.ofDays(3)));
        for (int i = 1; i <= 2; i++) {
            ECKey pilot = key();
            create("rep-shenzhen", "gdsz", document(pilot, "https://pilot.example.cn/" + i), pilot,
                    start.plus(Duration.ofDays(3)).plusSeconds(i));
        }
        ECKey retired = key();
        String old = create("rep-eu", "euro", document(retired, "https://liaison.example.eu"), retired,
                start.plus(Duration.ofDays(4)));
        deactivate("rep-eu", old, retired, start.plus(Duration.ofDays(25)));
        for (int i = 1; i <= 4; i++) {
            ECKey device = key();
            create("rep", "cnbj", document(device, "https://iot.example.cn/devices/" + i), device,
                    start.plus(Duration.ofDays(5 + i)));
        }
    }

    private void delegate(String code, String parent, String nameEn, String nameZh, Organisation governor, long quota) {
        domains.enact(new DomainAction(Operation.DELEGATE, code, parent, governor.getId(), quota, nameEn, nameZh), "demo", null);
    }

    private String create(String user, String domain, JsonObject document, ECKey signer, Instant at) {
        return registrar.provision(DidOperation.CREATE, user, domain, document, signer(signer), at).did();
    }

    private void update(String user, String did, JsonObject document, ECKey signer, Instant at) {
        JsonObjectBuilder withId = JSON.createObjectBuilder(document).add("id", did);
        registrar.provision(DidOperation.UPDATE, user, did, absolute(withId.build(), did), signer(signer), at);
    }

    private void deactivate(String user, String did, ECKey signer, Instant at) {
        registrar.provision(DidOperation.DEACTIVATE, user, did, null, signer(signer), at);
    }

    /** A draft with relative ids: the first key authenticates, every key asserts; one linked-domain service. */
    private static JsonObject document(ECKey authentication, String website, ECKey... more) {
        var methods = JSON.createArrayBuilder().add(method("key-1", authentication));
        var assertions = JSON.createArrayBuilder().add("#key-1");
        int n = 2;
        for (ECKey key : more) {
            methods.add(method("key-" + n, key));
            assertions.add("#key-" + n);
            n++;
        }
        return JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add("https://www.w3.org/ns/did/v1")
                        .add("https://w3id.org/security/suites/jws-2020/v1"))
                .add("verificationMethod", methods)
                .add("authentication", JSON.createArrayBuilder().add("#key-1"))
                .add("assertionMethod", assertions)
                .add("service", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("id", "#website")
                        .add("type", "LinkedDomains").add("serviceEndpoint", website)))
                .build();
    }

    /** An update names every id absolutely, as a resolved document does. */
    private static JsonObject absolute(JsonObject document, String did) {
        return JSON.createReader(new java.io.StringReader(document.toString().replace("\"#", "\"" + did + "#"))).readObject();
    }

    private static JsonObjectBuilder method(String fragment, ECKey key) {
        JsonObject jwk = JSON.createReader(new java.io.StringReader(key.toPublicJWK().toJSONString())).readObject();
        return JSON.createObjectBuilder().add("id", "#" + fragment).add("type", "JsonWebKey").add("publicKeyJwk",
                JSON.createObjectBuilder().add("kty", jwk.getString("kty")).add("crv", jwk.getString("crv"))
                        .add("x", jwk.getString("x")).add("y", jwk.getString("y")));
    }

    private static ECKey key() throws JOSEException {
        return new ECKeyGenerator(Curve.P_256).generate();
    }

    private static DidRegistrar.PayloadSigner signer(ECKey key) {
        return (kid, payload) -> {
            try {
                ECDSASigner signer = new ECDSASigner(key.toECPrivateKey(BOUNCY_CASTLE), Curve.P_256);
                signer.getJCAContext().setProvider(BOUNCY_CASTLE);
                return new String[] {kid, signer.sign(new JWSHeader(JWSAlgorithm.ES256), payload).toString()};
            } catch (JOSEException e) {
                throw new IllegalStateException("The demo key cannot sign", e);
            }
        };
    }

    static List<String> registrars() {
        return List.of("rep", "rep-shenzhen", "rep-eu");
    }
}
