package org.guildhall.registry.did.control;

import static org.guildhall.registry.did.control.DidSyntax.quote;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidDocumentException;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidUrl;
import org.guildhall.registry.did.entity.ValidatedDocument;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * The rules a DID document of this registry follows (DID Core 1.0 §5, narrowed). Every rule is checked
 * and every violation collected, then one {@link DidDocumentException} lists them all, each starting
 * with the JSON pointer of the offending member.
 * <ul>
 * <li>{@code @context}: optional; a string or a non-empty array whose first item is
 * {@value #DID_CONTEXT} (further items strings or objects).</li>
 * <li>{@code id}: the DID being registered, exactly.</li>
 * <li>{@code controller}: optional; a DID or a non-empty array of distinct DIDs.
 * {@code alsoKnownAs}: optional; an array of distinct absolute URIs.</li>
 * <li>{@code verificationMethod}: optional array of verification methods: {@code id} a DID URL of this
 * DID with a non-empty fragment ({@code #key-1} is accepted and made absolute), {@code type}
 * {@code JsonWebKey} or {@code JsonWebKey2020} with a {@code publicKeyJwk}, or {@code Multikey} with a
 * {@code publicKeyMultibase} (exactly one of the two), {@code controller} a DID; the key as
 * {@link DidKeys} accepts it.</li>
 * <li>{@code authentication}, {@code assertionMethod}, {@code keyAgreement},
 * {@code capabilityInvocation}, {@code capabilityDelegation}: optional arrays of distinct items, each a
 * DID URL (relative {@code #...} accepted) naming a verification method of this document, or an
 * embedded verification method.</li>
 * <li>{@code service}: optional array; {@code id} a DID URL of this DID with a fragment (relative
 * accepted), {@code type} a string or a non-empty array of strings, {@code serviceEndpoint} an absolute
 * URI, an object, or a non-empty array of those.</li>
 * <li>Ids are unique across verification methods (embedded ones included) and services.</li>
 * <li>At least one authentication key: the registrar verifies every later change against them.</li>
 * <li>Limits: {@value #MAX_VERIFICATION_METHODS} verification methods (embedded ones included),
 * {@value #MAX_SERVICES} services, {@value #MAX_DOCUMENT_BYTES} bytes serialized (a larger document is
 * refused before anything else is checked), {@value #MAX_STRING_LENGTH} characters per string and
 * member name, {@value #MAX_DEPTH} levels of nested objects and arrays (the
 * document itself is the first).</li>
 * </ul>
 * Other members are allowed and kept as they are. Thread-safe; it holds only the JSON provider.
 */
public final class DidDocumentValidator {

    public static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";
    public static final int MAX_VERIFICATION_METHODS = 32;
    public static final int MAX_SERVICES = 32;
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    public static final int MAX_STRING_LENGTH = 2048;
    public static final int MAX_DEPTH = 32;
    /** The verification relationships, in the order DID Core lists them. */
    public static final List<String> RELATIONSHIPS = List.of("authentication", "assertionMethod", "keyAgreement",
            "capabilityInvocation", "capabilityDelegation");

    private static final Set<String> JWK_TYPES = Set.of("JsonWebKey", "JsonWebKey2020");
    private static final String MULTIKEY = "Multikey";

    private final JsonProvider json;

    public DidDocumentValidator() {
        this(JsonProvider.provider());
    }

    DidDocumentValidator(JsonProvider json) {
        this.json = json;
    }

    /** The validated document of {@code did}; {@link DidDocumentException} with every error otherwise. */
    public ValidatedDocument validate(Did did, JsonObject document) {
        int bytes = document.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new DidDocumentException(List.of(": the document is " + bytes + " bytes serialized; at most "
                    + MAX_DOCUMENT_BYTES + " are allowed"));
        }
        return new Check(did, document).run();
    }

    /** One validation: the errors found so far and the ids seen, each with the pointer that declared it. */
    private final class Check {

        private final Did did;
        private final JsonObject document;
        private final List<String> errors = new ArrayList<>();
        private final Map<String, String> declaredIds = new HashMap<>();
        private final Map<String, VerificationKey> keys = new HashMap<>();
        private final Set<String> methodIds = new HashSet<>();
        private final Map<String, JsonValue> replaced = new LinkedHashMap<>();
        private final List<String> authenticationIds = new ArrayList<>();

        Check(Did did, JsonObject document) {
            this.did = did;
            this.document = document;
        }

        ValidatedDocument run() {
            limits(document, "", 0);
            context();
            id();
            controllers();
            alsoKnownAs();
            JsonArray methods = array("verificationMethod");
            Map<String, JsonArray> relationships = new LinkedHashMap<>();
            int methodCount = methods == null ? 0 : methods.size();
            for (String relationship : RELATIONSHIPS) {
                JsonArray items = array(relationship);
                if (items != null) {
                    relationships.put(relationship, items);
                    for (JsonValue item : items) {
                        if (!(item instanceof JsonString)) {
                            methodCount++;
                            if (item instanceof JsonObject embedded && embedded.get("id") instanceof JsonString id) {
                                methodIds.add(absolute(id.getString()));
                            }
                        }
                    }
                }
            }
            if (methodCount > MAX_VERIFICATION_METHODS) {
                error("/verificationMethod", "the document has " + methodCount + " verification methods (embedded ones"
                        + " included); at most " + MAX_VERIFICATION_METHODS + " are allowed");
            }
            if (methods != null) {
                JsonArrayBuilder absolute = json.createArrayBuilder();
                for (int i = 0; i < methods.size(); i++) {
                    absolute.add(verificationMethod(methods.get(i), "/verificationMethod/" + i));
                }
                replaced.put("verificationMethod", absolute.build());
            }
            relationships.forEach(this::relationship);
            services();
            List<VerificationKey> authenticationKeys = new ArrayList<>();
            for (String id : authenticationIds) {
                if (keys.containsKey(id)) {
                    authenticationKeys.add(keys.get(id));
                }
            }
            if (authenticationIds.isEmpty() && errors.stream().noneMatch(e -> e.startsWith("/authentication"))) {
                error("/authentication", "at least one authentication verification method is required: the registrar"
                        + " verifies every update and deactivation against it");
            }
            if (!errors.isEmpty()) {
                throw new DidDocumentException(errors);
            }
            JsonObjectBuilder result = json.createObjectBuilder(document);
            replaced.forEach(result::add);
            return new ValidatedDocument(result.build(), authenticationKeys);
        }

        private void error(String pointer, String message) {
            errors.add(pointer + ": " + message);
        }

        /** Long strings and member names, and deep nesting, anywhere in the document. */
        private void limits(JsonValue value, String pointer, int depth) {
            boolean container = value.getValueType() == JsonValue.ValueType.OBJECT
                    || value.getValueType() == JsonValue.ValueType.ARRAY;
            if (container && depth >= MAX_DEPTH) {
                error(pointer, "objects and arrays are nested more than " + MAX_DEPTH + " levels deep");
                return;
            }
            switch (value.getValueType()) {
                case OBJECT:
                    for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                        String at = pointer + "/" + escape(member.getKey());
                        if (member.getKey().length() > MAX_STRING_LENGTH) {
                            error(at, "the member name is " + member.getKey().length() + " characters long; at most "
                                    + MAX_STRING_LENGTH + " are allowed");
                        }
                        limits(member.getValue(), at, depth + 1);
                    }
                    break;
                case ARRAY:
                    JsonArray array = value.asJsonArray();
                    for (int i = 0; i < array.size(); i++) {
                        limits(array.get(i), pointer + "/" + i, depth + 1);
                    }
                    break;
                case STRING:
                    int length = ((JsonString) value).getString().length();
                    if (length > MAX_STRING_LENGTH) {
                        error(pointer, "the string is " + length + " characters long; at most " + MAX_STRING_LENGTH
                                + " are allowed");
                    }
                    break;
                default:
                    break;
            }
        }

        private void context() {
            JsonValue context = document.get("@context");
            if (context == null) {
                return;
            }
            if (context instanceof JsonString s) {
                if (!DID_CONTEXT.equals(s.getString())) {
                    error("/@context", "must be " + quote(DID_CONTEXT) + " or an array starting with it");
                }
                return;
            }
            if (!(context instanceof JsonArray array) || array.isEmpty()) {
                error("/@context", "must be " + quote(DID_CONTEXT) + " or an array starting with it");
                return;
            }
            if (!(array.get(0) instanceof JsonString first && DID_CONTEXT.equals(first.getString()))) {
                error("/@context/0", "the first context must be " + quote(DID_CONTEXT));
            }
            for (int i = 1; i < array.size(); i++) {
                JsonValue.ValueType type = array.get(i).getValueType();
                if (type != JsonValue.ValueType.STRING && type != JsonValue.ValueType.OBJECT) {
                    error("/@context/" + i, "a context is a URL string or an object");
                }
            }
        }

        private void id() {
            JsonValue id = document.get("id");
            if (id == null) {
                error("/id", "is required and must be " + quote(did.toString()));
            } else if (!(id instanceof JsonString s) || !did.toString().equals(s.getString())) {
                error("/id", "must be the DID of this document, " + quote(did.toString()));
            }
        }

        private void controllers() {
            JsonValue controller = document.get("controller");
            if (controller == null || controller instanceof JsonString) {
                if (controller != null) {
                    didString(controller, "/controller");
                }
                return;
            }
            if (!(controller instanceof JsonArray array) || array.isEmpty()) {
                error("/controller", "must be a DID or a non-empty array of DIDs");
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                if (didString(array.get(i), "/controller/" + i)) {
                    distinct(seen, ((JsonString) array.get(i)).getString(), "/controller", i);
                }
            }
        }

        private void alsoKnownAs() {
            JsonArray array = array("alsoKnownAs");
            if (array == null) {
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String pointer = "/alsoKnownAs/" + i;
                if (!(array.get(i) instanceof JsonString s)) {
                    error(pointer, "must be a URI string");
                } else if (absoluteUri(s.getString(), pointer)) {
                    distinct(seen, s.getString(), "/alsoKnownAs", i);
                }
            }
        }

        /** The verification method with its id made absolute, declared and its key kept; {@code value} unchanged when it is not valid. */
        private JsonValue verificationMethod(JsonValue value, String pointer) {
            if (!(value instanceof JsonObject method)) {
                error(pointer, "must be a verification method object");
                return value;
            }
            String id = declareId(method, pointer);
            if (id != null) {
                methodIds.add(id);
            }
            JsonValue type = method.get("type");
            String typeName = type instanceof JsonString s ? s.getString() : null;
            if (typeName == null || !JWK_TYPES.contains(typeName) && !MULTIKEY.equals(typeName)) {
                error(pointer + "/type", "must be one of JsonWebKey, JsonWebKey2020, Multikey");
            }
            JsonValue controller = method.get("controller");
            if (controller == null) {
                error(pointer + "/controller", "is required: the DID that controls this verification method");
            } else {
                didString(controller, pointer + "/controller");
            }
            JsonValue jwk = method.get("publicKeyJwk");
            JsonValue multibase = method.get("publicKeyMultibase");
            VerificationKey key = null;
            if ((jwk == null) == (multibase == null)) {
                error(pointer, "must have exactly one of publicKeyJwk and publicKeyMultibase");
            } else if (jwk != null) {
                if (MULTIKEY.equals(typeName)) {
                    error(pointer + "/publicKeyJwk", "a Multikey carries its key in publicKeyMultibase");
                } else if (!(jwk instanceof JsonObject jwkObject)) {
                    error(pointer + "/publicKeyJwk", "must be a JWK object");
                } else {
                    key = key(pointer + "/publicKeyJwk", () -> DidKeys.fromJwk(id == null ? "" : id, jwkObject));
                }
            } else {
                if (JWK_TYPES.contains(typeName)) {
                    error(pointer + "/publicKeyMultibase", "a " + typeName + " carries its key in publicKeyJwk");
                } else if (!(multibase instanceof JsonString mb)) {
                    error(pointer + "/publicKeyMultibase", "must be a multibase string");
                } else {
                    key = key(pointer + "/publicKeyMultibase", () -> DidKeys.fromMultibase(id == null ? "" : id, mb.getString()));
                }
            }
            if (id == null) {
                return value;
            }
            if (key != null) {
                keys.putIfAbsent(id, key);
            }
            return json.createObjectBuilder(method).add("id", id).build();
        }

        private VerificationKey key(String pointer, java.util.function.Supplier<VerificationKey> reader) {
            try {
                return reader.get();
            } catch (IllegalArgumentException e) {
                error(pointer, e.getMessage());
                return null;
            }
        }

        /**
         * Embedded methods checked and declared, references resolved against every method of the document
         * (embedded ones of any relationship included), items made absolute.
         */
        private void relationship(String name, JsonArray items) {
            JsonArrayBuilder absolute = json.createArrayBuilder();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String pointer = "/" + name + "/" + i;
                JsonValue item = items.get(i);
                String id = null;
                if (item instanceof JsonString reference) {
                    id = didUrlOfThisDid(reference.getString(), pointer);
                    if (id != null && !methodIds.contains(id)) {
                        error(pointer, quote(reference.getString()) + " names no verification method of this document");
                        id = null;
                    }
                    absolute.add(id == null ? item : json.createValue(id));
                } else if (item instanceof JsonObject) {
                    JsonValue method = verificationMethod(item, pointer);
                    id = method == item ? null : ((JsonObject) method).getString("id");
                    absolute.add(method);
                } else {
                    error(pointer, "must be a DID URL or an embedded verification method");
                    absolute.add(item);
                }
                if (id != null && distinct(seen, id, "/" + name, i) && "authentication".equals(name)) {
                    authenticationIds.add(id);
                }
            }
            replaced.put(name, absolute.build());
        }

        private void services() {
            JsonArray services = array("service");
            if (services == null) {
                return;
            }
            if (services.size() > MAX_SERVICES) {
                error("/service", "the document has " + services.size() + " services; at most " + MAX_SERVICES
                        + " are allowed");
            }
            JsonArrayBuilder absolute = json.createArrayBuilder();
            for (int i = 0; i < services.size(); i++) {
                String pointer = "/service/" + i;
                if (!(services.get(i) instanceof JsonObject service)) {
                    error(pointer, "must be a service object");
                    absolute.add(services.get(i));
                    continue;
                }
                String id = declareId(service, pointer);
                serviceType(service.get("type"), pointer + "/type");
                serviceEndpoint(service.get("serviceEndpoint"), pointer + "/serviceEndpoint");
                absolute.add(id == null ? service : json.createObjectBuilder(service).add("id", id).build());
            }
            replaced.put("service", absolute.build());
        }

        private void serviceType(JsonValue type, String pointer) {
            if (type instanceof JsonString s && !s.getString().isEmpty()) {
                return;
            }
            if (type instanceof JsonArray array && !array.isEmpty()
                    && array.stream().allMatch(t -> t instanceof JsonString s && !s.getString().isEmpty())) {
                return;
            }
            error(pointer, "must be a non-empty string or a non-empty array of non-empty strings");
        }

        private void serviceEndpoint(JsonValue endpoint, String pointer) {
            if (endpoint == null) {
                error(pointer, "is required: an absolute URI, an object, or an array of those");
            } else if (endpoint instanceof JsonArray array) {
                if (array.isEmpty()) {
                    error(pointer, "must not be an empty array");
                }
                for (int i = 0; i < array.size(); i++) {
                    singleEndpoint(array.get(i), pointer + "/" + i);
                }
            } else {
                singleEndpoint(endpoint, pointer);
            }
        }

        private void singleEndpoint(JsonValue endpoint, String pointer) {
            if (endpoint instanceof JsonString s) {
                absoluteUri(s.getString(), pointer);
            } else if (!(endpoint instanceof JsonObject)) {
                error(pointer, "must be an absolute URI string or an object");
            }
        }

        /** The absolute id of a verification method or service, declared once; null (and an error) when it is not valid. */
        private String declareId(JsonObject object, String pointer) {
            JsonValue value = object.get("id");
            if (!(value instanceof JsonString s)) {
                error(pointer + "/id", value == null ? "is required" : "must be a DID URL string");
                return null;
            }
            String id = didUrlOfThisDid(s.getString(), pointer + "/id");
            if (id == null) {
                return null;
            }
            String earlier = declaredIds.putIfAbsent(id, pointer);
            if (earlier != null) {
                error(pointer + "/id", "repeats the id " + quote(id) + " of " + earlier);
                return null;
            }
            return id;
        }

        /** {@code text} as an absolute DID URL of this DID with a non-empty fragment; null (and an error) otherwise. */
        private String didUrlOfThisDid(String text, String pointer) {
            String id = absolute(text);
            DidUrl url;
            try {
                url = DidSyntax.parseDidUrl(id);
            } catch (DidSyntaxException e) {
                error(pointer, "is not a DID URL: " + e.getMessage());
                return null;
            }
            if (!url.did().equals(did)) {
                error(pointer, "must be a DID URL of " + quote(did.toString()) + " (or a relative \"#fragment\")");
                return null;
            }
            if (url.fragment() == null || url.fragment().isEmpty()) {
                error(pointer, "must have a non-empty fragment, as in \"#key-1\"");
                return null;
            }
            return id;
        }

        private String absolute(String id) {
            return id.startsWith("#") ? did + id : id;
        }

        private boolean didString(JsonValue value, String pointer) {
            if (!(value instanceof JsonString s)) {
                error(pointer, "must be a DID string");
                return false;
            }
            try {
                DidSyntax.parseDid(s.getString());
                return true;
            } catch (DidSyntaxException e) {
                error(pointer, "is not a DID: " + e.getMessage());
                return false;
            }
        }

        private boolean absoluteUri(String text, String pointer) {
            try {
                if (new URI(text).isAbsolute()) {
                    return true;
                }
                error(pointer, quote(text) + " is not an absolute URI (it has no scheme)");
            } catch (URISyntaxException e) {
                error(pointer, quote(text) + " is not a URI: " + e.getReason() + " at index " + e.getIndex());
            }
            return false;
        }

        /** Whether {@code value} is new in its set; an error naming the earlier item when it is not. */
        private boolean distinct(Map<String, Integer> seen, String value, String arrayPointer, int index) {
            Integer earlier = seen.putIfAbsent(value, index);
            if (earlier != null) {
                error(arrayPointer + "/" + index, "repeats " + arrayPointer + "/" + earlier);
                return false;
            }
            return true;
        }

        /** The member {@code name} when it is an array; null when absent (an error when it is something else). */
        private JsonArray array(String name) {
            JsonValue value = document.get(name);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonArray array)) {
                error("/" + escape(name), "must be an array");
                return null;
            }
            return array;
        }
    }

    /** A member name as a JSON pointer reference token (RFC 6901 §3). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
