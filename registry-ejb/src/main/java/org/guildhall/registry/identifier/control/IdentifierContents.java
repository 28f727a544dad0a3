package org.guildhall.registry.identifier.control;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.identifier.entity.IdentifierContent;
import org.guildhall.registry.identifier.entity.IdentifierKind;
import org.guildhall.registry.identifier.entity.IdentifierStatus;

/** A version's content to and from its stored RFC 8785 form, and the hash that is anchored for it. */
public final class IdentifierContents {

    private static final JsonProvider JSON = JsonProvider.provider();

    private IdentifierContents() {
    }

    /** The RFC 8785 form of the content (the metadata must already pass {@link MetadataRules}). */
    public static String canonical(IdentifierContent content) {
        JsonObject object = JSON.createObjectBuilder()
                .add("handle", content.handle())
                .add("kind", content.kind().name())
                .add("ownerDid", content.ownerDid())
                .add("metadata", content.metadata())
                .add("status", content.status().name())
                .build();
        return CanonicalContent.canonical(object.toString());
    }

    /** The content of a stored version. */
    public static IdentifierContent parse(String canonical) {
        JsonObject object = object(canonical);
        return new IdentifierContent(object.getString("handle"), IdentifierKind.valueOf(object.getString("kind")),
                object.getString("ownerDid"), object.getJsonObject("metadata"),
                IdentifierStatus.valueOf(object.getString("status")));
    }

    /** A JSON object from its text. */
    public static JsonObject object(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
