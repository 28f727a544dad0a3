package org.guildhall.registry.domain.control;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.guildhall.registry.domain.entity.DomainAction;
import org.guildhall.registry.domain.entity.DomainAction.Operation;
import org.guildhall.registry.domain.entity.DomainException;

/** Reads the {@code action} of a domain delegation proposal; refuses anything it does not fully understand. */
public final class DomainActions {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> MEMBERS = Set.of("operation", "domain", "parent", "governedBy", "quota", "nameEn", "nameZh");

    private DomainActions() {
    }

    public static DomainAction parse(String action) {
        if (action == null || action.isBlank()) {
            throw invalid("The proposal states no domain action.");
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(action))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid("The domain action is not a JSON object.");
        }
        for (String name : json.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw invalid("The domain action has an unknown member '" + name + "'.");
            }
        }
        Operation operation;
        try {
            operation = Operation.valueOf(text(json, "operation", "delegate").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("Unknown domain operation; use delegate, regovern, suspend, reactivate, retire or quota.");
        }
        String domain = text(json, "domain", null);
        if (domain == null) {
            throw invalid("The domain action names no domain.");
        }
        String governed = text(json, "governedBy", null);
        UUID governedBy;
        try {
            governedBy = governed == null ? null : UUID.fromString(governed);
        } catch (IllegalArgumentException e) {
            throw invalid("governedBy must be an organisation id.");
        }
        Long quota = null;
        if (json.containsKey("quota")) {
            JsonValue value = json.get("quota");
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw invalid("quota must be a whole number.");
            }
            quota = number.longValueExact();
        }
        DomainAction parsed = new DomainAction(operation, domain, text(json, "parent", null), governedBy, quota,
                text(json, "nameEn", null), text(json, "nameZh", null));
        requireMembers(parsed);
        return parsed;
    }

    private static void requireMembers(DomainAction action) {
        switch (action.operation()) {
            case DELEGATE -> {
                if (action.parent() == null || action.governedBy() == null || action.quota() == null) {
                    throw invalid("A delegation names the parent, governedBy and quota.");
                }
            }
            case REGOVERN -> {
                if (action.governedBy() == null) {
                    throw invalid("A change of governing organisation names governedBy.");
                }
            }
            case QUOTA -> {
                if (action.quota() == null) {
                    throw invalid("A quota change names the new quota.");
                }
            }
            default -> {
            }
        }
    }

    private static String text(JsonObject json, String name, String fallback) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (!(value instanceof JsonString string)) {
            throw invalid(name + " must be a string.");
        }
        return string.getString().strip();
    }

    private static DomainException invalid(String message) {
        return new DomainException(DomainException.Reason.INVALID, "invalid-domain-action", message);
    }
}
