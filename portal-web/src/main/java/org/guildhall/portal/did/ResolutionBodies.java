package org.guildhall.portal.did;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import org.guildhall.registry.did.entity.DidDocumentMetadata;
import org.guildhall.registry.did.entity.DidResolution;
import org.guildhall.registry.did.entity.ResolutionError;

/** The JSON bodies of the W3C DID Resolution HTTP binding. */
final class ResolutionBodies {

    static final String DID_CONTEXT = "https://www.w3.org/ns/did/v1";
    static final String RESOLUTION_CONTEXT = "https://w3id.org/did-resolution/v1";
    private static final JsonProvider JSON = JsonProvider.provider();

    private ResolutionBodies() {
    }

    /** The document as stored, for {@code application/did+json}. */
    static String document(DidResolution resolution) {
        return resolution.version().document();
    }

    /** The document with {@code @context} first, for {@code application/did+ld+json}. */
    static String ldDocument(DidResolution resolution) {
        JsonObject document = parse(resolution.version().document());
        if (document.containsKey("@context")) {
            return document.toString();
        }
        JsonObjectBuilder withContext = JSON.createObjectBuilder().add("@context", DID_CONTEXT);
        document.forEach(withContext::add);
        return withContext.build().toString();
    }

    /**
     * The full resolution result; a deactivated DID's result carries no document. The stored document is
     * canonical JSON and goes into the result as it is, without being parsed again.
     */
    static String result(DidResolution resolution, String anchor) {
        String document = resolution.version().document();
        String contentType = document.startsWith("{\"@context\"") ? "application/did+ld+json" : "application/did+json";
        return new StringBuilder(document.length() + 700)
                .append("{\"@context\":\"").append(RESOLUTION_CONTEXT).append("\",\"didDocument\":")
                .append(resolution.deactivated() ? "null" : document)
                .append(",\"didResolutionMetadata\":{\"contentType\":\"").append(contentType)
                .append("\",\"cacheStatus\":\"").append(resolution.cacheStatus()).append("\"},\"didDocumentMetadata\":")
                .append(metadataJson(resolution.metadata(), anchor)).append('}').toString();
    }

    /** The document metadata as JSON text, the anchor (already JSON) spliced in as it is. */
    static String metadataJson(DidDocumentMetadata m, String anchor) {
        String metadata = metadata(m, null).toString();
        return anchor == null ? metadata : metadata.substring(0, metadata.length() - 1) + ",\"anchor\":" + anchor + "}";
    }

    static JsonObject metadata(DidDocumentMetadata m, String anchor) {
        JsonObjectBuilder metadata = JSON.createObjectBuilder().add("created", time(m.created()));
        if (m.updated() != null) {
            metadata.add("updated", time(m.updated()));
        }
        if (m.deactivated()) {
            metadata.add("deactivated", true);
        }
        metadata.add("versionId", m.versionId()).add("versionTime", time(m.versionTime()));
        if (m.nextVersionId() != null) {
            metadata.add("nextVersionId", m.nextVersionId()).add("nextUpdate", time(m.nextUpdate()));
        }
        metadata.add("contentSha256", m.contentSha256());
        if (anchor != null) {
            metadata.add("anchor", parse(anchor));
        }
        return metadata.build();
    }

    /** A resolution error as the resolution result's {@code didResolutionMetadata.error} (an RFC 9457 object). */
    static String errorResult(ResolutionError error, String detail, JsonObject documentMetadata) {
        return JSON.createObjectBuilder()
                .add("@context", RESOLUTION_CONTEXT)
                .add("didDocument", JsonValue.NULL)
                .add("didResolutionMetadata", JSON.createObjectBuilder().add("error", problem(error, detail)))
                .add("didDocumentMetadata", documentMetadata == null ? JsonValue.EMPTY_JSON_OBJECT : documentMetadata)
                .build().toString();
    }

    /** An RFC 9457 problem whose type is the error's {@code https://www.w3.org/ns/did#} URI. */
    static JsonObject problem(ResolutionError error, String detail) {
        return JSON.createObjectBuilder().add("type", error.type()).add("title", error.title())
                .add("status", error.status()).add("detail", detail == null ? error.title() : detail).build();
    }

    static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
