package org.guildhall.portal.onboarding;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.chainbridge.nodes.boundary.NodeChainStatus;
import org.guildhall.chainbridge.nodes.entity.NodeChangeDelivery;
import org.guildhall.onboarding.certification.boundary.NodeCertification;
import org.guildhall.onboarding.certification.entity.CertificateStatus;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.node.entity.NodeChange;

/**
 * The public node directory with each node's certificate and standing, client configuration generated
 * from it, and the certificate actions on a node.
 */
@Path("nodes")
@Tag(name = "node onboarding")
@Produces(MediaType.APPLICATION_JSON)
public class NodesResource {

    public record CertificateView(String serial, String subject, Instant notBefore, Instant notAfter, String status,
                                  String revocationReason, Instant revokedAt) {
        static CertificateView of(NodeCertificate c) {
            return new CertificateView(c.getSerial(), c.getSubject(), c.getNotBefore(), c.getNotAfter(),
                    c.getStatus().name().toLowerCase(), c.getRevocationReason(), c.getRevokedAt());
        }
    }

    /** An allow-list change with its way to the NodeRegistry contract (pending, submitted, confirmed, failed). */
    public record ChangeView(UUID id, String change, String actor, String reason, Instant at, NodeChangeDelivery chain) {
        static ChangeView of(NodeChange c, NodeChangeDelivery chain) {
            return new ChangeView(c.getId(), c.getChange().name().toLowerCase(), c.getActor(), c.getReason(), c.getAt(),
                    chain);
        }
    }

    /** A node with its current certificate and its allow-list changes, each with its chain status. */
    public record NodeView(UUID id, String name, String type, String domain, UUID organisation, String enode,
                           String status, String statusReason, Instant admittedAt, UUID application,
                           CertificateView certificate, List<ChangeView> changes) {
    }

    public record ReasonRequest(@Size(max = 2000) String reason) {
    }

    /** {@code reason}: key-compromise, affiliation-changed, cessation-of-operation or unspecified. */
    public record RevocationRequest(@NotNull @Pattern(regexp = "key-compromise|affiliation-changed|cessation-of-operation|unspecified")
                                    String reason, @NotBlank @Size(max = 2000) String text) {
    }

    public record RenewalRequest(@Size(max = 65536) String csr) {
    }

    @Inject
    NodeDirectory directory;
    @Inject
    NodeCertification certification;
    @Inject
    NodeChainStatus chain;

    @GET
    @Operation(summary = "The node directory, optionally of one domain and type")
    public List<NodeView> list(@QueryParam("domain") String domain, @QueryParam("type") String type) {
        return directory.nodes(blank(domain), blank(type)).stream().map(this::view).toList();
    }

    @GET
    @Path("{id: [0-9a-fA-F-]{36}}")
    public NodeView get(@PathParam("id") UUID id) {
        return view(node(id));
    }

    @GET
    @Path("{id: [0-9a-fA-F-]{36}}/certificate")
    @Produces({CaResource.PEM_CERTIFICATE, CaResource.DER_CERTIFICATE})
    @Operation(summary = "The node's newest certificate (PEM; format=der for DER)")
    public Response certificate(@PathParam("id") UUID id, @QueryParam("format") String format) {
        node(id);
        NodeCertificate certificate = certification.certificates(id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("The node has no certificate."));
        return "der".equals(format) ? Response.ok(certificate.getDer(), CaResource.DER_CERTIFICATE).build()
                : Response.ok(Pem.of("CERTIFICATE", certificate.getDer()), CaResource.PEM_CERTIFICATE).build();
    }

    @GET
    @Path("permissions-config.toml")
    @Produces("application/toml")
    @Operation(summary = "Besu permissions_config.toml with the nodes-allowlist of every active node")
    public String permissionsConfig() {
        return directory.permissionsToml();
    }

    @GET
    @Path("static-nodes.json")
    @Operation(summary = "static-nodes.json: the active nodes' enode URLs (of one domain and the federation-wide ones when domain is given)")
    public Response staticNodes(@QueryParam("domain") String domain) {
        return Response.ok(directory.staticNodesJson(blank(domain)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("bootnodes")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Comma-separated bootnodes for a domain, as --bootnodes takes them")
    public String bootnodes(@QueryParam("domain") String domain) {
        return directory.bootnodes(blank(domain));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    public NodeView suspend(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return view(certification.suspend(id, request.reason()));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    public NodeView reinstate(@PathParam("id") UUID id, @Valid ReasonRequest request) {
        return view(certification.reinstate(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    public NodeView revoke(@PathParam("id") UUID id, @NotNull @Valid RevocationRequest request) {
        RevocationReason reason = RevocationReason.valueOf(request.reason().toUpperCase().replace('-', '_'));
        return view(certification.revoke(id, reason, request.text()));
    }

    @POST
    @Path("{id: [0-9a-fA-F-]{36}}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new certificate for the node's key (the old one is superseded)")
    public CertificateView renew(@PathParam("id") UUID id, @Valid RenewalRequest request) {
        return CertificateView.of(certification.renew(id, request == null ? null : request.csr()));
    }

    private Node node(UUID id) {
        return directory.byId(id).orElseThrow(() -> new NotFoundException("No node " + id + "."));
    }

    private NodeView view(Node n) {
        List<NodeCertificate> certificates = certification.certificates(n.getId());
        NodeCertificate current = certificates.stream().filter(c -> c.getStatus() != CertificateStatus.SUPERSEDED)
                .findFirst().orElse(certificates.isEmpty() ? null : certificates.get(0));
        return new NodeView(n.getId(), n.getName(), n.getNodeType(), n.getDomainCode(), n.getOrganisationId(),
                n.enodeUrl(), n.getStatus().name().toLowerCase(), n.getStatusReason(), n.getAdmittedAt(),
                n.getApplicationId(), current == null ? null : CertificateView.of(current),
                changes(directory.changes(n.getId())));
    }

    private List<ChangeView> changes(List<NodeChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, NodeChangeDelivery> deliveries = chain.deliveriesOf(changes.stream().map(NodeChange::getId).toList());
        return changes.stream().map(c -> ChangeView.of(c, deliveries.get(c.getId()))).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
