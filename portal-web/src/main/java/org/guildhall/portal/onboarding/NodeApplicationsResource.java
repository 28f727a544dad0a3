package org.guildhall.portal.onboarding;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.onboarding.application.boundary.NodeApplications;
import org.guildhall.onboarding.application.boundary.NodeReview;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.node.boundary.NodeDirectory;
import org.guildhall.portal.api.Problem;
import org.guildhall.portal.onboarding.ApplicationJson.ApplicationView;
import org.guildhall.portal.onboarding.ApplicationJson.CheckView;
import org.guildhall.portal.onboarding.ApplicationJson.EventView;

/**
 * Node applications: operators draft, amend, submit and withdraw; reviewers comment, request changes,
 * approve and reject. Amendments carry the version they were based on in {@code If-Match}.
 */
@Path("node-applications")
@Tag(name = "node onboarding")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NodeApplicationsResource {

    public record CommentRequest(@NotBlank @Size(max = 4000) String text) {
    }

    /** {@code decision}: approve, reject or request-changes; a reason is required for the last two. */
    public record ReviewRequest(@NotNull @Pattern(regexp = "approve|reject|request-changes") String decision,
                                @Size(max = 2000) String reason) {
    }

    @Inject
    NodeApplications applications;
    @Inject
    NodeReview review;
    @Inject
    NodeDirectory directory;

    @POST
    @Operation(summary = "Start an application (a draft) for the caller's organisation")
    public Response create(@NotNull @Valid ApplicationForm form, @Context UriInfo uri) {
        NodeApplication created = applications.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .tag(etag(created)).entity(view(created)).build();
    }

    @GET
    @Operation(summary = "Applications: the caller's organisation's (scope=mine), or the review queue (scope=queue)")
    public List<ApplicationView> list(@QueryParam("scope") String scope, @Context SecurityContext caller) {
        boolean queue = "queue".equals(scope) || (scope == null && !caller.isUserInRole("node-operator"));
        return (queue ? review.queue() : applications.mine()).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        NodeApplication application = applications.get(id);
        return Response.ok(view(application)).tag(etag(application)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Amend a draft or an application sent back for changes; If-Match carries its version")
    public Response amend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ApplicationForm form) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.response("precondition-required", "Precondition required", 428,
                    "Send If-Match with the version (ETag) of the application you edited.");
        }
        long version;
        try {
            version = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            return Problem.response("precondition-failed", "Precondition failed", 412, "If-Match is not a version of this application.");
        }
        NodeApplication amended = applications.amend(id, form, version);
        return Response.ok(view(amended)).tag(etag(amended)).build();
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit: runs the automated checks; 422 with the failed checks when a blocking one fails")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return view(applications.submit(id));
    }

    @POST
    @Path("{id}/withdrawal")
    public ApplicationView withdraw(@PathParam("id") UUID id) {
        return view(applications.withdraw(id));
    }

    @GET
    @Path("{id}/checks")
    @Operation(summary = "Every round of automated checks, newest round first")
    public List<CheckView> checks(@PathParam("id") UUID id) {
        return applications.checks(id).stream().map(CheckView::of).toList();
    }

    @GET
    @Path("{id}/history")
    public List<EventView> history(@PathParam("id") UUID id) {
        return applications.history(id).stream().map(EventView::of).toList();
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") UUID id, @NotNull @Valid CommentRequest request) {
        return Response.status(201).entity(EventView.of(review.comment(id, request.text()))).build();
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "A reviewer's decision: approve (admits, or opens the admission vote), reject, request-changes")
    public ApplicationView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        NodeApplication application = switch (request.decision()) {
            case "approve" -> review.approve(id, request.reason());
            case "reject" -> review.reject(id, request.reason());
            default -> review.requestChanges(id, request.reason());
        };
        return view(application);
    }

    private ApplicationView view(NodeApplication application) {
        UUID node = directory.ofApplication(application.getId()).map(n -> n.getId()).orElse(null);
        return ApplicationView.of(application, node);
    }

    private static EntityTag etag(NodeApplication application) {
        return new EntityTag(Long.toString(application.getVersion()));
    }
}
