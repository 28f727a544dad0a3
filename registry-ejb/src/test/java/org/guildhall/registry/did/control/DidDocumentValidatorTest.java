package org.guildhall.registry.did.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.guildhall.registry.did.control.TestDocuments.DID;
import static org.guildhall.registry.did.control.TestDocuments.array;
import static org.guildhall.registry.did.control.TestDocuments.jwkMethod;
import static org.guildhall.registry.did.control.TestDocuments.minimal;
import static org.guildhall.registry.did.control.TestDocuments.multikeyMethod;
import static org.guildhall.registry.did.control.TestDocuments.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.guildhall.registry.did.entity.DidDocumentException;
import org.guildhall.registry.did.entity.ValidatedDocument;
import org.guildhall.registry.did.entity.VerificationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DidDocumentValidatorTest {

    private final DidDocumentValidator validator = new DidDocumentValidator();

    @Test
    void acceptsAMinimalDocumentAndMakesItsRelativeIdsAbsolute() {
        JsonObject document = minimal().build();

        ValidatedDocument validated = validator.validate(DID, document);

        JsonObject method = validated.document().getJsonArray("verificationMethod").getJsonObject(0);
        assertThat(method.getString("id")).isEqualTo(DID + "#key-1");
        assertThat(method.getJsonObject("publicKeyJwk")).isEqualTo(document.getJsonArray("verificationMethod")
                .getJsonObject(0).getJsonObject("publicKeyJwk"));
        assertThat(validated.document().getJsonArray("authentication").getString(0)).isEqualTo(DID + "#key-1");
        assertThat(validated.authenticationKeys()).extracting(VerificationKey::id, VerificationKey::alg)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DID + "#key-1", "ES256"));
    }

    @Test
    void acceptsAFullDocumentAndKeepsMembersItDoesNotKnow() {
        JsonObject document = Json.createObjectBuilder()
                .add("@context", array(DidDocumentValidator.DID_CONTEXT, "https://w3id.org/security/multikey/v1"))
                .add("id", DID.toString())
                .add("controller", array(DID.toString(), "did:web:example.com"))
                .add("alsoKnownAs", array("https://example.com/alice", "did:web:example.com"))
                .add("verificationMethod", array(
                        jwkMethod(DID + "#key-1", TestKeys.secp256k1().publicJwk()),
                        jwkMethod("#key-2", TestKeys.ed25519().publicJwk()).add("type", "JsonWebKey2020"),
                        multikeyMethod("#key-3", "ES256")))
                .add("authentication", array("#key-3", DID + "#key-1",
                        multikeyMethod("#embedded", "EdDSA")))
                .add("assertionMethod", array("#key-2", "#embedded"))
                .add("keyAgreement", array(jwkMethod("#agree", TestKeys.p256().publicJwk())))
                .add("capabilityInvocation", array("#key-1"))
                .add("capabilityDelegation", array("#key-1"))
                .add("service", array(
                        service("#home", "https://example.com/"),
                        Json.createObjectBuilder().add("id", DID + "#hub").add("type", array("A", "B"))
                                .add("serviceEndpoint", array("https://a.example/", Json.createObjectBuilder().add("origins", array("x"))))))
                .add("x-extension", Json.createObjectBuilder().add("kept", true))
                .build();

        ValidatedDocument validated = validator.validate(DID, document);

        assertThat(validated.authenticationKeys()).extracting(VerificationKey::id)
                .containsExactly(DID + "#key-3", DID + "#key-1", DID + "#embedded");
        assertThat(validated.authenticationKeys()).extracting(VerificationKey::alg).containsExactly("ES256", "ES256K", "EdDSA");
        JsonObject result = validated.document();
        assertThat(result.getJsonArray("assertionMethod").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly(DID + "#key-2", DID + "#embedded");
        assertThat(result.getJsonArray("keyAgreement").getJsonObject(0).getString("id")).isEqualTo(DID + "#agree");
        assertThat(result.getJsonArray("service").getJsonObject(0).getString("id")).isEqualTo(DID + "#home");
        assertThat(result.getJsonObject("x-extension")).isEqualTo(document.getJsonObject("x-extension"));
        assertThat(result.getJsonArray("@context")).isEqualTo(document.getJsonArray("@context"));
        assertThat(result.keySet()).containsExactlyInAnyOrderElementsOf(document.keySet());
    }

    @Test
    void refusesAPrivateKeyWithThePointerToItsJwk() {
        JsonObject jwk = Json.createObjectBuilder(TestKeys.p256().publicJwk()).add("d", "c2VjcmV0").build();
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod("#key-1", jwk))).build();

        assertThat(errorsOf(document)).containsExactly("/verificationMethod/0/publicKeyJwk: private key member 'd' is not allowed");
    }

    @Test
    void collectsEveryErrorBeforeRefusing() {
        JsonObject document = minimal()
                .add("id", "did:guild:eu01:other")
                .add("@context", "https://www.w3.org/2018/credentials/v1")
                .add("verificationMethod", array(jwkMethod("#key-1", TestKeys.p256().publicJwk()).add("type", "Ed25519VerificationKey2018")))
                .add("service", array(service("#s", "relative/path")))
                .build();

        DidDocumentException refused = catchThrowableOfType(DidDocumentException.class, () -> validator.validate(DID, document));

        assertThat(refused.errors()).hasSize(4).anySatisfy(e -> assertThat(e).startsWith("/id: "))
                .anySatisfy(e -> assertThat(e).startsWith("/@context: "))
                .anySatisfy(e -> assertThat(e).startsWith("/verificationMethod/0/type: must be one of JsonWebKey, JsonWebKey2020, Multikey"))
                .anySatisfy(e -> assertThat(e).startsWith("/service/0/serviceEndpoint: \"relative/path\" is not an absolute URI"));
        assertThat(refused).hasMessageStartingWith("the DID document is not valid (4 errors): ");
    }

    // @context, id, controller, alsoKnownAs

    @Test
    void acceptsTheDidContextAsAStringOrAsTheFirstOfSeveral() {
        assertThat(validator.validate(DID, minimal().add("@context", DidDocumentValidator.DID_CONTEXT).build())).isNotNull();
        assertThat(validator.validate(DID, minimal().add("@context", array(DidDocumentValidator.DID_CONTEXT,
                Json.createObjectBuilder().add("@vocab", "https://example.com/#"))).build())).isNotNull();
    }

    @Test
    void refusesOtherContexts() {
        assertThat(errorsOf(minimal().add("@context", "https://www.w3.org/ns/did/v1.1").build()))
                .containsExactly("/@context: must be \"https://www.w3.org/ns/did/v1\" or an array starting with it");
        assertThat(errorsOf(minimal().add("@context", array("https://example.com", DidDocumentValidator.DID_CONTEXT)).build()))
                .containsExactly("/@context/0: the first context must be \"https://www.w3.org/ns/did/v1\"");
        assertThat(errorsOf(minimal().add("@context", array(DidDocumentValidator.DID_CONTEXT, 7)).build()))
                .containsExactly("/@context/1: a context is a URL string or an object");
        assertThat(errorsOf(minimal().add("@context", Json.createArrayBuilder()).build())).hasSize(1);
        assertThat(errorsOf(minimal().add("@context", 1).build())).hasSize(1);
    }

    @Test
    void requiresTheIdToBeTheDidBeingRegistered() {
        assertThat(errorsOf(minimal().remove("id").build())).containsExactly("/id: is required and must be \"" + DID + "\"");
        assertThat(errorsOf(minimal().add("id", DID + "x").build()))
                .containsExactly("/id: must be the DID of this document, \"" + DID + "\"");
        assertThat(errorsOf(minimal().add("id", 1).build())).hasSize(1);
    }

    @Test
    void acceptsAControllerDidOrArrayAndRefusesAnythingElse() {
        assertThat(validator.validate(DID, minimal().add("controller", "did:web:example.com").build())).isNotNull();
        assertThat(errorsOf(minimal().add("controller", "https://example.com").build()))
                .singleElement().asString().startsWith("/controller: is not a DID: ");
        assertThat(errorsOf(minimal().add("controller", array(DID.toString(), "did:Web:x")).build()))
                .singleElement().asString().startsWith("/controller/1: is not a DID: ");
        assertThat(errorsOf(minimal().add("controller", array(DID.toString(), DID.toString())).build()))
                .containsExactly("/controller/1: repeats /controller/0");
        assertThat(errorsOf(minimal().add("controller", Json.createArrayBuilder()).build()))
                .containsExactly("/controller: must be a DID or a non-empty array of DIDs");
    }

    @Test
    void requiresAlsoKnownAsToBeDistinctAbsoluteUris() {
        assertThat(errorsOf(minimal().add("alsoKnownAs", "https://example.com").build()))
                .containsExactly("/alsoKnownAs: must be an array");
        assertThat(errorsOf(minimal().add("alsoKnownAs", array("https://a.example", "alice", 3, "https://a.example")).build()))
                .containsExactly("/alsoKnownAs/1: \"alice\" is not an absolute URI (it has no scheme)",
                        "/alsoKnownAs/2: must be a URI string", "/alsoKnownAs/3: repeats /alsoKnownAs/0");
    }

    // verification methods

    @ParameterizedTest
    @ValueSource(strings = {"key-1", "#", "did:guild:eu01:2NEpo7TZRRrLZSi2U1234", "did:guild:eu01:other#key-1",
            "did:guild:eu01:2NEpo7TZRRrLZSi2U1234#a#b", "#key 1", "/key-1"})
    void refusesAVerificationMethodIdThatIsNotAFragmentOfThisDid(String id) {
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod(id, TestKeys.p256().publicJwk()))).build();

        assertThat(errorsOf(document)).anySatisfy(e -> assertThat(e).startsWith("/verificationMethod/0/id: "));
    }

    @Test
    void acceptsAVerificationMethodIdWithPathOrQueryOfThisDid() {
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod("#key-1", TestKeys.p256().publicJwk()),
                jwkMethod(DID + "/keys?v=1#key-2", TestKeys.p256().publicJwk()))).build();

        assertThat(validator.validate(DID, document).document().getJsonArray("verificationMethod").getJsonObject(1)
                .getString("id")).isEqualTo(DID + "/keys?v=1#key-2");
    }

    @Test
    void refusesMissingOrWrongTypeAndController() {
        JsonObject document = minimal().add("verificationMethod", array(
                jwkMethod("#key-1", TestKeys.p256().publicJwk()).remove("type").remove("controller"),
                jwkMethod("#key-2", TestKeys.p256().publicJwk()).add("type", "EcdsaSecp256k1VerificationKey2019")
                        .add("controller", "alice"))).build();

        assertThat(errorsOf(document)).containsExactly(
                "/verificationMethod/0/type: must be one of JsonWebKey, JsonWebKey2020, Multikey",
                "/verificationMethod/0/controller: is required: the DID that controls this verification method",
                "/verificationMethod/1/type: must be one of JsonWebKey, JsonWebKey2020, Multikey",
                "/verificationMethod/1/controller: is not a DID: not a valid DID at position 0: a DID starts with \"did:\", in \"alice\"");
    }

    @Test
    void requiresExactlyOneKeyOfTheKindTheTypeNames() {
        JsonObjectBuilder both = multikeyMethod("#key-2", "EdDSA").add("publicKeyJwk", TestKeys.p256().publicJwk());
        JsonObjectBuilder neither = jwkMethod("#key-3", TestKeys.p256().publicJwk()).remove("publicKeyJwk");
        JsonObjectBuilder multikeyWithJwk = jwkMethod("#key-4", TestKeys.p256().publicJwk()).add("type", "Multikey");
        JsonObjectBuilder jwkWithMultibase = multikeyMethod("#key-5", "EdDSA").add("type", "JsonWebKey2020");
        JsonObjectBuilder jwkNotObject = jwkMethod("#key-6", TestKeys.p256().publicJwk()).add("publicKeyJwk", "eyJ...");
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod("#key-1", TestKeys.p256().publicJwk()),
                both, neither, multikeyWithJwk, jwkWithMultibase, jwkNotObject)).build();

        assertThat(errorsOf(document)).containsExactly(
                "/verificationMethod/1: must have exactly one of publicKeyJwk and publicKeyMultibase",
                "/verificationMethod/2: must have exactly one of publicKeyJwk and publicKeyMultibase",
                "/verificationMethod/3/publicKeyJwk: a Multikey carries its key in publicKeyMultibase",
                "/verificationMethod/4/publicKeyMultibase: a JsonWebKey2020 carries its key in publicKeyJwk",
                "/verificationMethod/5/publicKeyJwk: must be a JWK object");
    }

    @Test
    void reportsKeyErrorsOfMultikeysAtTheirMultibase() {
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod("#key-1", TestKeys.p256().publicJwk()),
                multikeyMethod("#key-2", "EdDSA").add("publicKeyMultibase", "uAAAA"))).build();

        assertThat(errorsOf(document)).containsExactly(
                "/verificationMethod/1/publicKeyMultibase: a Multikey must be multibase base58btc, starting with 'z'");
    }

    @Test
    void refusesRepeatedIdsAcrossMethodsAndServicesRelativeOrNot() {
        JsonObject document = minimal().add("verificationMethod", array(jwkMethod("#key-1", TestKeys.p256().publicJwk()),
                        jwkMethod(DID + "#key-1", TestKeys.p256().publicJwk())))
                .add("keyAgreement", array(jwkMethod("#key-1", TestKeys.p256().publicJwk())))
                .add("service", array(service("#key-1", "https://example.com"))).build();

        assertThat(errorsOf(document)).containsExactly(
                "/verificationMethod/1/id: repeats the id \"" + DID + "#key-1\" of /verificationMethod/0",
                "/keyAgreement/0/id: repeats the id \"" + DID + "#key-1\" of /verificationMethod/0",
                "/service/0/id: repeats the id \"" + DID + "#key-1\" of /verificationMethod/0");
    }

    // relationships

    @Test
    void requiresReferencesToNameVerificationMethodsOfThisDocument() {
        JsonObject document = minimal()
                .add("service", array(service("#svc", "https://example.com")))
                .add("assertionMethod", array("#key-2", "#svc", "did:web:example.com#key-1", "#key-1", "#key-1", 5))
                .build();

        assertThat(errorsOf(document)).containsExactly(
                "/assertionMethod/0: \"#key-2\" names no verification method of this document",
                "/assertionMethod/1: \"#svc\" names no verification method of this document",
                "/assertionMethod/2: must be a DID URL of \"" + DID + "\" (or a relative \"#fragment\")",
                "/assertionMethod/4: repeats /assertionMethod/3",
                "/assertionMethod/5: must be a DID URL or an embedded verification method");
    }

    @Test
    void refusesARelationshipThatIsNotAnArray() {
        assertThat(errorsOf(minimal().add("capabilityInvocation", "#key-1").build()))
                .containsExactly("/capabilityInvocation: must be an array");
    }

    @Test
    void requiresAtLeastOneAuthenticationKey() {
        String required = "/authentication: at least one authentication verification method is required: the registrar"
                + " verifies every update and deactivation against it";

        assertThat(errorsOf(minimal().remove("authentication").build())).containsExactly(required);
        assertThat(errorsOf(minimal().add("authentication", Json.createArrayBuilder()).build())).containsExactly(required);
        assertThat(errorsOf(minimal().remove("authentication").add("assertionMethod", array("#key-1")).build()))
                .containsExactly(required);
    }

    @Test
    void doesNotAddTheAuthenticationRequirementToAnAuthenticationError() {
        assertThat(errorsOf(minimal().add("authentication", array("#nothing")).build()))
                .containsExactly("/authentication/0: \"#nothing\" names no verification method of this document");
    }

    @Test
    void anEmbeddedAuthenticationMethodIsEnough() {
        JsonObject document = Json.createObjectBuilder().add("id", DID.toString())
                .add("authentication", array(multikeyMethod("#only", "ES256K"))).build();

        assertThat(validator.validate(DID, document).authenticationKeys()).singleElement()
                .satisfies(key -> assertThat(key.id()).isEqualTo(DID + "#only"))
                .satisfies(key -> assertThat(key.alg()).isEqualTo("ES256K"));
    }

    // services

    @Test
    void checksServiceIdTypeAndEndpoint() {
        JsonObject document = minimal().add("service", array(
                service("svc", "https://example.com"),
                service("#a", "https://example.com").add("type", Json.createArrayBuilder()),
                service("#b", "https://example.com").add("type", array("X", "")),
                service("#c", "https://example.com").add("serviceEndpoint", 443),
                service("#d", "https://example.com").add("serviceEndpoint", Json.createArrayBuilder()),
                service("#e", "https://example.com").add("serviceEndpoint", array("https://ok.example", "not a uri")),
                service("#f", "https://example.com").remove("serviceEndpoint").remove("id"),
                service("#g", "mailto:registry@example.com"),
                service("#h", "x").add("serviceEndpoint", Json.createObjectBuilder().add("uri", "anything")))).build();

        assertThat(errorsOf(document)).containsExactly(
                "/service/0/id: is not a DID URL: not a valid DID at position 0: a DID starts with \"did:\", in \"svc\"",
                "/service/1/type: must be a non-empty string or a non-empty array of non-empty strings",
                "/service/2/type: must be a non-empty string or a non-empty array of non-empty strings",
                "/service/3/serviceEndpoint: must be an absolute URI string or an object",
                "/service/4/serviceEndpoint: must not be an empty array",
                "/service/5/serviceEndpoint/1: \"not a uri\" is not a URI: Illegal character in path at index 3",
                "/service/6/id: is required",
                "/service/6/serviceEndpoint: is required: an absolute URI, an object, or an array of those");
    }

    // limits

    @Test
    void allowsThirtyTwoVerificationMethodsCountingEmbeddedOnesAndNoMore() {
        JsonArrayBuilder methods = Json.createArrayBuilder();
        for (int i = 0; i < 31; i++) {
            methods.add(jwkMethod("#key-" + i, TestKeys.p256().publicJwk()));
        }
        JsonObject methods31 = minimal().add("verificationMethod", methods).add("authentication", array("#key-0")).build();
        JsonObject thirtyTwo = Json.createObjectBuilder(methods31)
                .add("keyAgreement", array(jwkMethod("#agree", TestKeys.p256().publicJwk()))).build();
        JsonObject thirtyThree = Json.createObjectBuilder(thirtyTwo)
                .add("assertionMethod", array(jwkMethod("#assert", TestKeys.p256().publicJwk()))).build();

        assertThat(validator.validate(DID, thirtyTwo)).isNotNull();
        assertThat(errorsOf(thirtyThree)).containsExactly("/verificationMethod: the document has 33 verification methods"
                + " (embedded ones included); at most 32 are allowed");
    }

    @Test
    void allowsThirtyTwoServicesAndNoMore() {
        JsonArrayBuilder services = Json.createArrayBuilder();
        for (int i = 0; i < 33; i++) {
            services.add(service("#s" + i, "https://example.com/" + i));
        }
        JsonObject document = minimal().add("service", services).build();
        JsonObject thirtyTwo = minimal().add("service", Json.createArrayBuilder(document.getJsonArray("service").subList(0, 32))).build();

        assertThat(validator.validate(DID, thirtyTwo)).isNotNull();
        assertThat(errorsOf(document)).containsExactly("/service: the document has 33 services; at most 32 are allowed");
    }

    @Test
    void refusesADocumentOverSixtyFourKibibytesBeforeCheckingAnythingElse() {
        JsonObjectBuilder filler = Json.createObjectBuilder();
        for (int i = 0; i < 40; i++) {
            filler.add("f" + i, "x".repeat(2000));
        }
        JsonObject document = Json.createObjectBuilder().add("id", "wrong").add("filler", filler).build();
        int bytes = document.toString().length();

        assertThat(bytes).isGreaterThan(DidDocumentValidator.MAX_DOCUMENT_BYTES);
        assertThat(errorsOf(document)).containsExactly(": the document is " + bytes + " bytes serialized; at most 65536 are allowed");
    }

    @Test
    void countsTheSizeInUtf8Bytes() {
        // 1,100 three-byte characters per string: 3,300 bytes but within 2,048 characters
        JsonObjectBuilder filler = Json.createObjectBuilder();
        for (int i = 0; i < 20; i++) {
            filler.add("f" + i, "\u4e2d".repeat(1100));
        }
        JsonObject document = minimal().add("filler", filler).build();

        assertThat(document.toString().length()).isLessThan(DidDocumentValidator.MAX_DOCUMENT_BYTES);
        assertThat(errorsOf(document)).singleElement().asString().startsWith(": the document is ");
    }

    @Test
    void refusesStringsAndMemberNamesOverTwoThousandFortyEightCharactersWhereverTheyAre() {
        JsonObject document = minimal()
                .add("service", array(service("#s", "https://example.com/" + "a".repeat(2029))))
                .add("x/y~z", Json.createObjectBuilder().add("n".repeat(2049), array("b".repeat(2048))))
                .build();

        assertThat(errorsOf(document)).containsExactlyInAnyOrder(
                "/service/0/serviceEndpoint: the string is 2049 characters long; at most 2048 are allowed",
                "/x~1y~0z/" + "n".repeat(2049) + ": the member name is 2049 characters long; at most 2048 are allowed");
    }

    @Test
    void refusesObjectsAndArraysNestedMoreThanThirtyTwoLevelsDeep() {
        assertThat(validator.validate(DID, nested(32))).isNotNull();
        assertThat(errorsOf(nested(33))).singleElement().asString()
                .isEqualTo("/x" + "/n".repeat(31) + ": objects and arrays are nested more than 32 levels deep");
    }

    /** The minimal document with member "x" so deep that it has {@code levels} levels of objects, itself included. */
    private static JsonObject nested(int levels) {
        JsonObjectBuilder inner = Json.createObjectBuilder().add("leaf", true);
        for (int level = 2; level < levels; level++) {
            inner = Json.createObjectBuilder().add("n", inner);
        }
        return minimal().add("x", inner).build();
    }

    private List<String> errorsOf(JsonObject document) {
        DidDocumentException refused = catchThrowableOfType(DidDocumentException.class, () -> validator.validate(DID, document));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors();
    }
}
