package org.guildhall.portal.registry;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.portal.did.ResolverAnchors;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
import org.guildhall.registry.identifier.boundary.Identifiers;
import org.guildhall.registry.identifier.entity.Identifier;
import org.guildhall.registry.identifier.entity.IdentifierContent;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.guildhall.registry.identifier.entity.IdentifierKind;
import org.guildhall.registry.identifier.entity.IdentifierMetadata;
import org.guildhall.registry.identifier.entity.IdentifierResolution;
import org.guildhall.registry.identifier.entity.IdentifierVersion;

/**
 * Identifiers for things, {@code <domain-code>/<suffix>}: registered, updated and withdrawn by the
 * domain's registrars, read by anyone. The handle holds '/', so its path parameter takes the rest of
 * the path; the history ({@code /versions}) and the withdrawal ({@code /withdrawal}) have more literal
 * characters and win (JAX-RS 3.1 §3.7.2), which is why a handle never ends in those segments.
 */
@Path("identifiers")
@Tag(name = "identifiers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdentifiersResource {

    /** A new identifier. {@code kind}: digital_asset, product, data_set or other. */
    public record RegisterRequest(@NotBlank @Size(max = 140) String handle, @NotBlank @Size(max = 32) String kind,
                                  @NotBlank @Size(max = 200) String ownerDid, @NotNull JsonObject metadata) {
    }

    /** A new version; {@code ownerDid} or {@code metadata} left out keeps the current one. */
    public record UpdateRequest(@NotNull @Min(1) Integer expectedVersion, @Size(max = 200) String ownerDid,
                                JsonObject metadata) {
    }

    public record WithdrawalRequest(@NotNull @Min(1) Integer expectedVersion) {
    }

    /**
     * One version of an identifier: what it says, its metadata ({@code created}, {@code updated},
     * {@code withdrawn}, {@code versionId}, {@code versionTime}, {@code nextVersionId}, {@code nextUpdate},
     * {@code contentSha256}) and its anchor ({@code {"status":"pending"}} or the inclusion proof).
     */
    public record IdentifierView(String handle, String kind, String ownerDid, String status, JsonObject metadata,
                                 IdentifierMetadata identifierMetadata, JsonObject anchor) {
    }

    public record IdentifierSummary(String handle, String domain, String kind, String ownerDid, String status,
                                    int versionId, Instant created, Instant updated) {
        static IdentifierSummary of(Identifier i) {
            return new IdentifierSummary(i.getHandle(), i.getDomainCode(), lower(i.getKind()), i.getOwnerDid(),
                    lower(i.getStatus()), i.getCurrentVersion(), i.getCreatedAt(), i.getUpdatedAt());
        }
    }

    public record IdentifierPage(long total, int offset, int limit, List<IdentifierSummary> items) {
    }

    /** One version in the history; {@code content} is the hashed and anchored RFC 8785 document. */
    public record VersionView(int versionId, Instant versionTime, String operation, String contentSha256,
                              String submittedBy, JsonObject content) {
        static VersionView of(IdentifierVersion v) {
            return new VersionView(v.getVersionId(), v.getVersionTime(), lower(v.getOperation()), v.getContentSha256(),
                    v.getSubmittedBy(), parse(v.getContent()));
        }
    }

    @Inject
    Identifiers identifiers;
    @Inject
    RegistryAnchoring anchoring;
    @Inject
    ResolverAnchors anchors;

    @POST
    @Operation(summary = "Register an identifier under a domain you are a registrar of (takes one of its quota)")
    @SecurityRequirement(name = "bearer")
    public Response register(@NotNull @Valid RegisterRequest request, @Context UriInfo uri) {
        IdentifierResolution registered = identifiers.register(request.handle(), kind(request.kind()),
                request.ownerDid(), request.metadata());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.content().handle()).build())
                .entity(view(registered)).build();
    }

    @GET
    @Operation(summary = "A page of identifiers, newest first, by domain, kind and owner DID")
    public IdentifierPage list(@QueryParam("domain") String domain, @QueryParam("kind") String kind,
                               @QueryParam("owner") String owner,
                               @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Identifiers.MAX_PAGE) int limit) {
        String in = blankToNull(domain);
        IdentifierKind wanted = blankToNull(kind) == null ? null : kind(kind);
        String ownerDid = blankToNull(owner);
        return new IdentifierPage(identifiers.count(in, wanted, ownerDid), offset, limit,
                identifiers.page(in, wanted, ownerDid, offset, limit).stream().map(IdentifierSummary::of).toList());
    }

    @GET
    @Path("{handle: .+}/versions")
    @Operation(summary = "Every version of an identifier, oldest first, with its content and hash")
    public List<VersionView> versions(@PathParam("handle") String handle) {
        return identifiers.history(handle).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{handle: .+}")
    @Operation(summary = "Resolve an identifier: the latest version, or ?versionId= or ?versionTime= (RFC 3339)")
    public IdentifierView get(@PathParam("handle") String handle, @QueryParam("versionId") String versionId,
                              @QueryParam("versionTime") String versionTime) {
        return view(identifiers.get(handle, blankToNull(versionId), blankToNull(versionTime)));
    }

    @PUT
    @Path("{handle: .+}")
    @Operation(summary = "Write a new version with another owner DID and/or metadata (registrar of its domain)")
    @SecurityRequirement(name = "bearer")
    public IdentifierView update(@PathParam("handle") String handle, @NotNull @Valid UpdateRequest request) {
        return view(identifiers.update(handle, request.expectedVersion(), request.ownerDid(), request.metadata()));
    }

    @POST
    @Path("{handle: .+}/withdrawal")
    @Operation(summary = "Withdraw an identifier for good (registrar of its domain)")
    @SecurityRequirement(name = "bearer")
    public IdentifierView withdraw(@PathParam("handle") String handle, @NotNull @Valid WithdrawalRequest request) {
        return view(identifiers.withdraw(handle, request.expectedVersion()));
    }

    private IdentifierView view(IdentifierResolution resolution) {
        IdentifierContent content = resolution.content();
        IdentifierMetadata metadata = resolution.metadata();
        return new IdentifierView(content.handle(), lower(content.kind()), content.ownerDid(), lower(content.status()),
                content.metadata(), metadata, anchors.of(anchoring.proofFor(content.handle(), metadata.versionId())));
    }

    static IdentifierKind kind(String text) {
        try {
            return IdentifierKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw IdentifierException.invalid("invalid-kind", "kind is digital_asset, product, data_set or other, not '"
                    + text + "'.");
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
