package org.guildhall.registry.identifier.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.identifier.entity.IdentifierException;

/**
 * The rules for an identifier's metadata: a JSON object of at most 16 KiB in RFC 8785 form (UTF-8);
 * a {@code location} member, when present, is an absolute {@code http} or {@code https} URI with a host,
 * or a non-empty array of them. Anything else in the object is the registrant's own.
 */
public final class MetadataRules {

    public static final int MAX_BYTES = 16 * 1024;
    static final String LOCATION = "location";

    private MetadataRules() {
    }

    /** The metadata in RFC 8785 form; {@link IdentifierException} {@code invalid-metadata} when it breaks a rule. */
    public static String canonical(JsonObject metadata) {
        if (metadata == null) {
            throw invalid("Metadata is a JSON object; send {} for none.");
        }
        String canonical;
        try {
            canonical = CanonicalContent.canonical(metadata.toString());
        } catch (IllegalArgumentException e) {
            throw invalid("The metadata has no RFC 8785 form: " + e.getMessage());
        }
        int bytes = canonical.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw invalid("The metadata has " + bytes + " bytes in canonical form; at most " + MAX_BYTES + " are allowed.");
        }
        List<String> errors = locationErrors(metadata.get(LOCATION));
        if (!errors.isEmpty()) {
            throw invalid(String.join("; ", errors));
        }
        return canonical;
    }

    private static List<String> locationErrors(JsonValue location) {
        List<String> errors = new ArrayList<>();
        if (location == null) {
            return errors;
        }
        if (location instanceof JsonArray array) {
            if (array.isEmpty()) {
                errors.add("location is an absolute http(s) URI or a non-empty array of them");
            }
            array.forEach(value -> checkUri(value, errors));
        } else {
            checkUri(location, errors);
        }
        return errors;
    }

    private static void checkUri(JsonValue value, List<String> errors) {
        if (!(value instanceof JsonString text)) {
            errors.add("location holds absolute http(s) URIs as strings, not " + value.getValueType().name().toLowerCase(Locale.ROOT));
            return;
        }
        if (!isHttpUri(text.getString())) {
            errors.add("location '" + text.getString() + "' is not an absolute http(s) URI with a host");
        }
    }

    static boolean isHttpUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static IdentifierException invalid(String message) {
        return IdentifierException.invalid("invalid-metadata", message);
    }
}
