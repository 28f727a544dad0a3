package org.guildhall.portal.onboarding;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.onboarding.nodetype.boundary.NodeTypes;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.onboarding.nodetype.entity.NodeTypeRequirements;

/** The node types and what their admission requires; the admin changes the requirements. */
@Path("node-types")
@Tag(name = "node onboarding")
@Produces(MediaType.APPLICATION_JSON)
public class NodeTypesResource {

    public record NodeTypeView(String code, String nameEn, String nameZh, String descriptionEn, String descriptionZh,
                               boolean needsVote, boolean domainScoped, boolean bootnode, BigDecimal minServiceLevel,
                               List<String> requiredStandards, List<String> allowedKeyAlgorithms,
                               int certificateLifetimeDays, int renewalWindowDays) {
        static NodeTypeView of(NodeType t) {
            return new NodeTypeView(t.getCode(), t.getNameEn(), t.getNameZh(), t.getDescriptionEn(), t.getDescriptionZh(),
                    t.isNeedsVote(), t.isDomainScoped(), t.isBootnode(), t.getMinServiceLevel(), t.requiredStandards(),
                    t.allowedKeyAlgorithms(), t.getCertificateLifetimeDays(), t.getRenewalWindowDays());
        }
    }

    @Inject
    NodeTypes types;

    @GET
    public List<NodeTypeView> all() {
        return types.all().stream().map(NodeTypeView::of).toList();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a node type's admission requirements (admin)")
    public NodeTypeView require(@PathParam("code") String code, @NotNull @Valid NodeTypeRequirements requirements) {
        return NodeTypeView.of(types.require(code, requirements));
    }
}
