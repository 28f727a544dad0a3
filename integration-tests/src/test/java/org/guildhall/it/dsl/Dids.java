package org.guildhall.it.dsl;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Base64;
import org.guildhall.it.dsl.PortalApi.Answer;

/**
 * A DID controller and its registrar talking to the DIF Universal Registrar binding in client-managed
 * secret mode: the controller's keys stay here, only signatures go to the portal.
 */
public final class Dids {

    private final PortalApi api;
    private final String registrarToken;

    public Dids(PortalApi api, String registrarToken) {
        this.api = api;
        this.registrarToken = registrarToken;
    }

    public static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A draft: {@code authentication} keys first (the first makes the DID), then other keys as assertion methods. */
    public static JsonObject draft(String idPrefix, ECKey[] authentication, ECKey... assertion) {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        JsonArrayBuilder auth = Json.createArrayBuilder();
        JsonArrayBuilder asserting = Json.createArrayBuilder();
        int n = 1;
        for (ECKey key : authentication) {
            methods.add(method(idPrefix + "#key-" + n, key));
            auth.add(idPrefix + "#key-" + n++);
        }
        for (ECKey key : assertion) {
            methods.add(method(idPrefix + "#key-" + n, key));
            asserting.add(idPrefix + "#key-" + n++);
        }
        var document = Json.createObjectBuilder().add("@context", "https://www.w3.org/ns/did/v1")
                .add("verificationMethod", methods).add("authentication", auth).add("assertionMethod", asserting)
                .add("service", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", idPrefix + "#files")
                        .add("type", "LinkedDomains").add("serviceEndpoint", "https://files.example.org")));
        if (!idPrefix.isEmpty()) {
            document.add("id", idPrefix);
        }
        return document.build();
    }

    private static JsonObject method(String id, ECKey key) {
        return Json.createObjectBuilder().add("id", id).add("type", "JsonWebKey")
                .add("publicKeyJwk", Json.createObjectBuilder().add("kty", "EC").add("crv", "P-256")
                        .add("x", key.getX().toString()).add("y", key.getY().toString())).build();
    }

    public Answer startCreate(String domain, JsonObject draft) {
        return api.post("1.0/create?method=guild", registrarToken, Json.createObjectBuilder()
                .add("options", Json.createObjectBuilder().add("domain", domain).add("clientSecretMode", true))
                .add("secret", Json.createObjectBuilder()).add("didDocument", draft).build().toString());
    }

    public Answer startUpdate(String did, JsonObject document) {
        return api.post("1.0/update", registrarToken, Json.createObjectBuilder().add("did", did)
                .add("options", Json.createObjectBuilder().add("clientSecretMode", true))
                .add("didDocumentOperation", Json.createArrayBuilder().add("setDidDocument"))
                .add("didDocument", Json.createArrayBuilder().add(document)).build().toString());
    }

    public Answer startDeactivate(String did) {
        return api.post("1.0/deactivate", registrarToken, Json.createObjectBuilder().add("did", did)
                .add("options", Json.createObjectBuilder().add("clientSecretMode", true)).build().toString());
    }

    /** Signs the job's signing request with {@code key} and sends the signature back. */
    public Answer finish(String operation, Answer started, ECKey key) {
        JsonObject request = started.object().getJsonObject("didState").getJsonObject("signingRequest")
                .getJsonObject("signingRequest1");
        byte[] payload = Base64.getUrlDecoder().decode(request.getString("serializedPayload"));
        return api.post("1.0/" + operation, registrarToken, Json.createObjectBuilder()
                .add("jobId", started.object().getString("jobId"))
                .add("secret", Json.createObjectBuilder().add("signingResponse", Json.createObjectBuilder()
                        .add("signingRequest1", Json.createObjectBuilder().add("signature", sign(key, payload)))))
                .build().toString());
    }

    public static String sign(ECKey key, byte[] payload) {
        try {
            return new ECDSASigner(key).sign(new JWSHeader(JWSAlgorithm.ES256), payload).toString();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
