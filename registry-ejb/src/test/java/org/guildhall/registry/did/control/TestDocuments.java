package org.guildhall.registry.did.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.guildhall.registry.did.entity.Did;

/** DID documents for tests: a valid one to start from, and verification methods and services to add. */
final class TestDocuments {

    static final Did DID = DidSyntax.parseDid("did:guild:eu01:2NEpo7TZRRrLZSi2U1234");

    private TestDocuments() {
    }

    /** {@code id}, one JsonWebKey {@code #key-1} on P-256 and {@code authentication: ["#key-1"]}. */
    static JsonObjectBuilder minimal() {
        return Json.createObjectBuilder()
                .add("id", DID.toString())
                .add("verificationMethod", Json.createArrayBuilder().add(jwkMethod("#key-1", TestKeys.p256().publicJwk())))
                .add("authentication", Json.createArrayBuilder().add("#key-1"));
    }

    static JsonObjectBuilder jwkMethod(String id, JsonObject jwk) {
        return Json.createObjectBuilder().add("id", id).add("type", "JsonWebKey").add("controller", DID.toString())
                .add("publicKeyJwk", jwk);
    }

    static JsonObjectBuilder multikeyMethod(String id, String alg) {
        String multibase = DidKeys.multibaseOf(TestKeys.of(alg).key(DID + "#x").publicJwk());
        return Json.createObjectBuilder().add("id", id).add("type", "Multikey").add("controller", DID.toString())
                .add("publicKeyMultibase", multibase);
    }

    static JsonObjectBuilder service(String id, String endpoint) {
        return Json.createObjectBuilder().add("id", id).add("type", "LinkedDomains").add("serviceEndpoint", endpoint);
    }

    static JsonArrayBuilder array(Object... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object item : items) {
            if (item instanceof String s) {
                array.add(s);
            } else if (item instanceof JsonObjectBuilder o) {
                array.add(o);
            } else if (item instanceof Integer i) {
                array.add(i);
            } else {
                throw new IllegalArgumentException(String.valueOf(item));
            }
        }
        return array;
    }
}
