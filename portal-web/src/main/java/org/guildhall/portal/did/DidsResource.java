package org.guildhall.portal.did;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.chainbridge.anchoring.boundary.AnchorRecords;
import org.guildhall.chainbridge.anchoring.entity.AnchorStatus;
import org.guildhall.chainbridge.anchoring.entity.ChainUnavailableException;
import org.guildhall.chainbridge.anchoring.entity.OnChainAnchor;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
import org.guildhall.registry.anchoring.entity.InclusionProof;
import org.guildhall.registry.did.boundary.DidDirectory;
import org.guildhall.registry.did.boundary.DidResolver;
import org.guildhall.registry.did.entity.VersionSnapshot;
import org.guildhall.registry.did.entity.DidRecord;
import org.guildhall.registry.did.entity.DidStatus;
import org.guildhall.registry.domain.entity.DomainException;

/** The registered DIDs, newest first, filtered by domain and status; resolve one at /1.0/identifiers/{did}. */
@Path("dids")
@Tag(name = "dids")
@Produces(MediaType.APPLICATION_JSON)
public class DidsResource {

    public record DidSummary(String did, String domain, String status, int versionId, Instant created, Instant updated) {
        static DidSummary of(DidRecord r) {
            return new DidSummary(r.getDid(), r.getDomainCode(), r.getStatus().name().toLowerCase(), r.getCurrentVersion(),
                    r.getCreatedAt(), r.getUpdatedAt());
        }
    }

    public record DidPage(long total, int offset, int limit, List<DidSummary> items) {
    }

    /** One version in a DID's history; the document is in RFC 8785 form, {@code contentSha256} its hash. */
    public record VersionView(int versionId, Instant versionTime, String operation, String contentSha256,
                              jakarta.json.JsonObject document) {
        static VersionView of(VersionSnapshot v) {
            return new VersionView(v.versionId(), v.versionTime(), v.operation().name().toLowerCase(), v.contentSha256(),
                    ResolutionBodies.parse(v.document()));
        }
    }

    /**
     * The check of one version against the chain: the stored document's hash recomputed, the inclusion
     * proof, the root and tree size read from the AnchorRegistry contract, and whether they agree.
     */
    public record VerificationView(String did, int versionId, String contentSha256, boolean contentMatches,
                                   String anchorStatus, jakarta.json.JsonObject anchor, String onChainRoot,
                                   Long onChainTreeSize, Long onChainBlock, boolean verified) {
    }

    @Inject
    DidDirectory directory;
    @Inject
    DidResolver resolver;
    @Inject
    RegistryAnchoring anchoring;
    @Inject
    AnchorRecords records;

    @GET
    @Operation(summary = "A page of DIDs (status: active or deactivated)")
    public DidPage list(@QueryParam("domain") String domain, @QueryParam("status") String status,
                        @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(DidDirectory.MAX_PAGE) int limit) {
        DidStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = DidStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException(DomainException.Reason.INVALID, "invalid-input",
                        "status is active or deactivated, not '" + status + "'.");
            }
        }
        String in = domain == null || domain.isBlank() ? null : domain.strip();
        return new DidPage(directory.count(in, wanted), offset, limit,
                directory.page(in, wanted, offset, limit).stream().map(DidSummary::of).toList());
    }

    @GET
    @Path("{did}/versions")
    @Operation(summary = "Every version of a DID, oldest first, with its document")
    public List<VersionView> versions(@PathParam("did") String did) {
        List<VersionSnapshot> history = resolver.history(did);
        if (history.isEmpty()) {
            throw new DomainException(DomainException.Reason.NOT_FOUND, "did-not-found", "No DID " + did + ".");
        }
        return history.stream().map(VersionView::of).toList();
    }

    @GET
    @Path("{did}/versions/{versionId}/verification")
    @Operation(summary = "Check a version against the chain: content hash, inclusion proof, root in the AnchorRegistry")
    public VerificationView verify(@PathParam("did") String did, @PathParam("versionId") int versionId) {
        VersionSnapshot version = resolver.history(did).stream().filter(v -> v.versionId() == versionId).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Reason.NOT_FOUND, "did-not-found",
                        "No version " + versionId + " of " + did + "."));
        byte[] hash = sha256(version.document());
        boolean contentMatches = HexFormat.of().formatHex(hash).equals(version.contentSha256());
        Optional<InclusionProof> proof = anchoring.proofFor(did, Integer.toString(versionId));
        if (proof.isEmpty()) {
            return new VerificationView(did, versionId, version.contentSha256(), contentMatches, "pending", null, null,
                    null, null, false);
        }
        AnchorStatus status = records.statusOf(proof.get().batchId()).orElse(null);
        Optional<OnChainAnchor> onChain;
        try {
            onChain = records.readOnChain(proof.get().batchId());
        } catch (ChainUnavailableException e) {
            throw new jakarta.ws.rs.ServiceUnavailableException("The chain node does not answer; try again later.");
        }
        boolean verified = contentMatches && onChain.isPresent() && proof.get().isAbout(hash)
                && proof.get().verifiesAgainst(onChain.get().rootHex(), onChain.get().size());
        return new VerificationView(did, versionId, version.contentSha256(), contentMatches,
                status == null ? "sealed" : status.status(), ResolverAnchors.json(proof.get(), status),
                onChain.map(OnChainAnchor::rootHex).orElse(null), onChain.map(OnChainAnchor::size).orElse(null),
                onChain.map(OnChainAnchor::blockNumber).orElse(null), verified);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
