package org.guildhall.portal.did;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.guildhall.registry.did.boundary.DidResolver;
import org.guildhall.registry.did.entity.DidResolution;
import org.guildhall.registry.did.entity.DidResolutionException;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidUrl;
import org.guildhall.registry.did.entity.ResolutionError;

/**
 * W3C DID Resolution over HTTP: {@code GET /1.0/identifiers/{did}} answers with the representation the
 * {@code Accept} header asks for ({@code application/did-resolution} for the full result, the default;
 * {@code application/did+ld+json}; {@code application/did+json}), resolves history with
 * {@code versionId} or {@code versionTime}, and dereferences DID URLs: a fragment gives the verification
 * method or service it names, {@code ?service=} redirects (303) to the service endpoint.
 * Results carry an {@code ETag} and {@code Cache-Control}; {@code noCache=true} skips every cache.
 * One instance serves every request (it holds no request state).
 */
@Path("identifiers")
@ApplicationScoped
public class ResolverResource {

    @Inject
    DidResolver resolver;
    @Inject
    ResolverAnchors anchors;

    @GET
    @Path("{did: .+}")
    @Operation(summary = "Resolve a DID or dereference a DID URL (W3C DID Resolution HTTP binding)")
    public Response resolve(@PathParam("did") @Encoded String raw, @QueryParam("versionId") String versionId,
                            @QueryParam("versionTime") String versionTime, @QueryParam("noCache") String noCache,
                            @QueryParam("service") String service, @QueryParam("relativeRef") String relativeRef,
                            @Context HttpHeaders headers, @Context Request request) {
        Representation representation = Representation.choose(headers.getAcceptableMediaTypes());
        DidUrl url;
        try {
            url = DidUrl.parse(PercentDecoding.once(raw));
        } catch (DidSyntaxException | IllegalArgumentException e) {
            throw new ResolutionFailure(representation, new DidResolutionException(ResolutionError.INVALID_DID, e.getMessage()));
        }
        Map<String, String> params = new LinkedHashMap<>(DidUrlQuery.parse(url.query()));
        putIfGiven(params, "versionId", versionId);
        putIfGiven(params, "versionTime", versionTime);
        putIfGiven(params, "service", service);
        putIfGiven(params, "relativeRef", relativeRef);
        if (representation == null) {
            throw new ResolutionFailure(Representation.PROBLEM, new DidResolutionException(
                    ResolutionError.REPRESENTATION_NOT_SUPPORTED, "Ask for application/did-resolution,"
                    + " application/did+ld+json or application/did+json."));
        }
        if (!url.path().isEmpty()) {
            throw new ResolutionFailure(representation, new DidResolutionException(ResolutionError.NOT_FOUND,
                    "This method defines no DID URL paths."));
        }
        boolean bypass = "true".equalsIgnoreCase(noCache);
        DidResolution resolution;
        try {
            resolution = resolver.resolve(url.did().toString(), params.get("versionId"), params.get("versionTime"), bypass);
        } catch (DidResolutionException e) {
            throw new ResolutionFailure(representation, e);
        }
        if (resolution.deactivated()) {
            return Response.status(410).type(Representation.RESOLUTION.mediaType())
                    .entity(ResolutionBodies.result(resolution, anchors.of(resolution))).build();
        }
        if (url.fragment() != null) {
            return fragment(resolution, url.fragment(), representation);
        }
        if (params.containsKey("service")) {
            return service(resolution, params.get("service"), params.get("relativeRef"), representation);
        }
        EntityTag tag = new EntityTag(tagOf(resolution, representation), true);
        CacheControl cache = cacheControl(bypass, resolution.maxAgeSeconds());
        Response.ResponseBuilder notModified = bypass ? null : request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).header("Vary", "Accept").build();
        }
        String body = switch (representation) {
            case RESOLUTION, PROBLEM -> ResolutionBodies.result(resolution, anchors.of(resolution));
            case LD_DOCUMENT -> ResolutionBodies.ldDocument(resolution);
            case DOCUMENT -> ResolutionBodies.document(resolution);
        };
        return Response.ok(body, representation.mediaType()).tag(tag).cacheControl(cache).header("Vary", "Accept").build();
    }

    private Response fragment(DidResolution resolution, String fragment, Representation representation) {
        String id = resolution.did() + "#" + fragment;
        JsonObject document = ResolutionBodies.parse(resolution.version().document());
        JsonObject node = find(document, id);
        if (node == null) {
            throw new ResolutionFailure(representation, new DidResolutionException(ResolutionError.NOT_FOUND,
                    "The document has no verification method or service " + id + "."));
        }
        return Response.ok(node.toString(), Representation.DOCUMENT.mediaType()).cacheControl(cacheControl(false, resolution.maxAgeSeconds())).build();
    }

    private Response service(DidResolution resolution, String service, String relativeRef, Representation representation) {
        JsonObject document = ResolutionBodies.parse(resolution.version().document());
        String id = service.startsWith("did:") ? service : resolution.did() + "#" + service.replaceFirst("^#", "");
        JsonObject node = null;
        if (document.get("service") instanceof JsonArray services) {
            for (JsonValue value : services) {
                if (value instanceof JsonObject s && s.get("id") instanceof JsonString sid && sid.getString().equals(id)) {
                    node = s;
                }
            }
        }
        if (node == null) {
            throw new ResolutionFailure(representation, new DidResolutionException(ResolutionError.NOT_FOUND,
                    "The document has no service " + id + "."));
        }
        if (node.get("serviceEndpoint") instanceof JsonString endpoint) {
            try {
                URI target = URI.create(endpoint.getString() + (relativeRef == null ? "" : relativeRef));
                return Response.seeOther(target).build();
            } catch (IllegalArgumentException e) {
                throw new ResolutionFailure(representation, new DidResolutionException(ResolutionError.INVALID_DID_URL,
                        "The service endpoint with relativeRef is not a URI."));
            }
        }
        return Response.ok(node.get("serviceEndpoint").toString(), Representation.DOCUMENT.mediaType()).build();
    }

    private static JsonObject find(JsonObject document, String id) {
        for (String member : new String[] {"verificationMethod", "service", "authentication", "assertionMethod",
                "keyAgreement", "capabilityInvocation", "capabilityDelegation"}) {
            if (document.get(member) instanceof JsonArray entries) {
                for (JsonValue entry : entries) {
                    if (entry instanceof JsonObject node && node.get("id") instanceof JsonString nid
                            && nid.getString().equals(id)) {
                        return node;
                    }
                }
            }
        }
        return null;
    }

    private static CacheControl cacheControl(boolean bypass, int maxAgeSeconds) {
        CacheControl cache = new CacheControl();
        if (bypass) {
            cache.setNoCache(true);
        } else {
            cache.setMaxAge(maxAgeSeconds);
        }
        return cache;
    }

    /** Names the version, its content, what follows it and the representation; the cache status does not count. */
    private static String tagOf(DidResolution resolution, Representation representation) {
        String key = resolution.did() + "|" + resolution.metadata().versionId() + "|" + resolution.version().contentSha256()
                + "|" + resolution.metadata().nextVersionId() + "|" + representation;
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfGiven(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
