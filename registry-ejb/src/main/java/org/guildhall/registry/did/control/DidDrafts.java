package org.guildhall.registry.did.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidRegistrationException;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * The document a registrar is asked to create: its DID comes from its first authentication key (the
 * unique id is derived from that key), so the draft may leave out {@code id} and use relative ids
 * ({@code #key-1}); verification methods without a controller are controlled by the DID itself.
 */
final class DidDrafts {

    private static final JsonProvider JSON = JsonProvider.provider();

    private DidDrafts() {
    }

    /** The DID the draft will have under {@code domain}. */
    static Did didFor(GuildDidMethod method, String domain, JsonObject draft) {
        return method.did(domain, GuildDidMethod.uniqueIdOf(initialKey(draft).publicJwk()));
    }

    /** The draft with its {@code id} set and every verification method's controller filled in. */
    static JsonObject complete(JsonObject draft, Did did) {
        String id = did.toString();
        JsonValue given = draft.get("id");
        if (given != null && !(given instanceof JsonString s && s.getString().equals(id))) {
            throw invalid("The document's id must be " + id + ", the DID derived from its first authentication key"
                    + " (or leave the id out).");
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : draft.entrySet()) {
            if (member.getKey().equals("verificationMethod") && member.getValue() instanceof JsonArray methods) {
                var filled = JSON.createArrayBuilder();
                for (JsonValue method : methods) {
                    filled.add(method instanceof JsonObject vm && !vm.containsKey("controller")
                            ? JSON.createObjectBuilder(vm).add("controller", id).build() : method);
                }
                out.add("verificationMethod", filled);
            } else if (!member.getKey().equals("id")) {
                out.add(member.getKey(), member.getValue());
            }
        }
        return out.add("id", id).build();
    }

    private static VerificationKey initialKey(JsonObject draft) {
        JsonValue authentication = draft.get("authentication");
        if (!(authentication instanceof JsonArray entries) || entries.isEmpty()) {
            throw invalid("The document needs at least one authentication key; the first one makes the DID.");
        }
        JsonValue first = entries.get(0);
        JsonObject method;
        if (first instanceof JsonObject embedded) {
            method = embedded;
        } else if (first instanceof JsonString reference) {
            method = referenced(draft, fragmentOf(reference.getString()));
        } else {
            throw invalid("/authentication/0 must be a verification method or a reference to one.");
        }
        String vmId = method.get("id") instanceof JsonString s ? s.getString() : "#initial";
        try {
            if (method.get("publicKeyJwk") instanceof JsonObject jwk) {
                return DidKeys.fromJwk(vmId, jwk);
            }
            if (method.get("publicKeyMultibase") instanceof JsonString multibase) {
                return DidKeys.fromMultibase(vmId, multibase.getString());
            }
        } catch (IllegalArgumentException e) {
            throw invalid("The first authentication key is not usable: " + e.getMessage());
        }
        throw invalid("The first authentication key has neither publicKeyJwk nor publicKeyMultibase.");
    }

    private static JsonObject referenced(JsonObject draft, String fragment) {
        if (draft.get("verificationMethod") instanceof JsonArray methods) {
            for (JsonValue value : methods) {
                if (value instanceof JsonObject vm && vm.get("id") instanceof JsonString id
                        && fragment.equals(fragmentOf(id.getString()))) {
                    return vm;
                }
            }
        }
        throw invalid("/authentication/0 names #" + fragment + ", which is no verification method of the document.");
    }

    private static String fragmentOf(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? reference : reference.substring(hash + 1);
    }

    private static DidRegistrationException invalid(String message) {
        return new DidRegistrationException("invalid-did-document", message);
    }
}
