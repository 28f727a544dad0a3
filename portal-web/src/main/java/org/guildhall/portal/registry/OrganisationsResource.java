package org.guildhall.portal.registry;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;
import org.guildhall.registry.membership.entity.OrganisationApplication;

/** Member organisations: apply to join, see the members, review applications. */
@Path("organisations")
@Tag(name = "organisations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    public record OrganisationView(UUID id, String name, String kind, String jurisdiction, String status,
                                   Instant appliedAt, Instant decidedAt, String decisionReason) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getId(), o.getName(), o.getKind().name().toLowerCase(), o.getJurisdiction(),
                    o.getStatus().name().toLowerCase(), o.getAppliedAt(), o.getDecidedAt(), o.getDecisionReason());
        }
    }

    public record DecisionRequest(@Size(max = 1000) String reason) {
    }

    public record RepresentativeRequest(@jakarta.validation.constraints.NotBlank @Size(max = 64) String username) {
    }

    @Inject
    Memberships memberships;

    @GET
    @Operation(summary = "The member organisations of the federation")
    public List<OrganisationView> members() {
        return memberships.members().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("pending")
    @Operation(summary = "Applications waiting for a decision (admin)")
    @SecurityRequirement(name = "bearer")
    public List<OrganisationView> pending() {
        return memberships.pending().stream().map(OrganisationView::of).toList();
    }

    /** A member organisation; an application only to admins, auditors and its applicant. */
    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") UUID id, @Context jakarta.ws.rs.core.SecurityContext caller) {
        return memberships.byId(id)
                .filter(o -> o.isMember() || caller.isUserInRole("admin") || caller.isUserInRole("auditor")
                        || (caller.getUserPrincipal() != null && caller.getUserPrincipal().getName().equals(o.getAppliedBy())))
                .map(OrganisationView::of)
                .orElseThrow(() -> new NotFoundException("No organisation " + id));
    }

    @POST
    @Operation(summary = "Apply to join the federation; the applicant becomes its representative when approved")
    @SecurityRequirement(name = "bearer")
    public Response apply(@NotNull @Valid OrganisationApplication application, @Context UriInfo uri) {
        Organisation organisation = memberships.apply(application);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.getId().toString()).build())
                .entity(OrganisationView.of(organisation)).build();
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve an application (admin)")
    @SecurityRequirement(name = "bearer")
    public OrganisationView approve(@PathParam("id") UUID id, @Valid DecisionRequest request) {
        return OrganisationView.of(memberships.approve(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/representatives")
    @Operation(summary = "Make an existing account a representative of an approved organisation (admin)")
    @SecurityRequirement(name = "bearer")
    public Response addRepresentative(@PathParam("id") UUID id, @NotNull @Valid RepresentativeRequest request) {
        memberships.addRepresentative(id, request.username());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject an application with a reason (admin)")
    @SecurityRequirement(name = "bearer")
    public OrganisationView reject(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return OrganisationView.of(memberships.reject(id, request.reason()));
    }

    @POST
    @Path("{id}/departure")
    @Operation(summary = "A member leaves the federation, with a reason (admin); its nodes are deactivated")
    @SecurityRequirement(name = "bearer")
    public OrganisationView leave(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return OrganisationView.of(memberships.leave(id, request.reason() == null ? "" : request.reason()));
    }
}
