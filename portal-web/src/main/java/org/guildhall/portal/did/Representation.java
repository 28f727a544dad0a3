package org.guildhall.portal.did;

import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The representations of a resolution, chosen from the {@code Accept} header. */
enum Representation {
    RESOLUTION("application/did-resolution"),
    LD_DOCUMENT("application/did+ld+json"),
    DOCUMENT("application/did+json"),
    PROBLEM("application/problem+json");

    private final MediaType mediaType;

    Representation(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    MediaType mediaType() {
        return mediaType;
    }

    /**
     * The first acceptable representation, in the client's order of preference (JAX-RS sorts by quality
     * and specificity); {@code null} when none is acceptable. A wildcard gets the full resolution result.
     */
    static Representation choose(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || (type.getType().equals("application") && type.isWildcardSubtype())) {
                return RESOLUTION;
            }
            if (!type.getType().equals("application")) {
                continue;
            }
            switch (type.getSubtype()) {
                case "did-resolution":
                    return RESOLUTION;
                case "ld+json":
                    if (type.getParameters().getOrDefault("profile", "").contains("https://w3id.org/did-resolution")) {
                        return RESOLUTION;
                    }
                    break;
                case "did+ld+json":
                    return LD_DOCUMENT;
                case "did+json":
                case "json":
                    return DOCUMENT;
                default:
                    break;
            }
        }
        return null;
    }
}
