package org.guildhall.portal.registry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.domain.entity.DomainChange;
import org.guildhall.registry.domain.entity.DomainException;

/**
 * The regional domain tree with quotas and usage. Read-only: domains change through proposals on the
 * domain delegation track.
 */
@Path("domains")
@Tag(name = "domains")
@Produces(MediaType.APPLICATION_JSON)
public class DomainsResource {

    /** A domain with its quota: {@code used} by its own identifiers, {@code allocated} to its children, {@code free}. */
    public record DomainView(String code, String parent, String nameEn, String nameZh, UUID governedBy, String status,
                             long quota, long used, long allocated, long free, Instant createdAt, Instant changedAt,
                             List<DomainView> children) {
        static DomainView of(Domain d, List<DomainView> children) {
            return new DomainView(d.getCode(), d.getParentCode(), d.getNameEn(), d.getNameZh(), d.getGovernedBy(),
                    d.getStatus().name().toLowerCase(), d.getQuota(), d.getUsed(), d.getAllocated(), d.free(),
                    d.getCreatedAt(), d.getChangedAt(), children);
        }
    }

    /** One effective change and the decision behind it; {@code contentSha256} is the anchored hash of {@code detail}. */
    public record ChangeView(UUID id, String kind, String detail, String contentSha256, String decidedBy, UUID decisionId,
                             Instant at) {
        static ChangeView of(DomainChange c) {
            return new ChangeView(c.getId(), c.getKind().name().toLowerCase(), c.getDetail(), c.getContentSha256(),
                    c.getDecidedBy(), c.getDecisionId(), c.getAt());
        }
    }

    @Inject
    Domains domains;

    @GET
    @Operation(summary = "The domain tree from the federation root, with quotas and usage")
    public List<DomainView> tree() {
        List<Domain> all = domains.all();
        Map<String, List<Domain>> children = all.stream().filter(d -> d.getParentCode() != null)
                .collect(Collectors.groupingBy(Domain::getParentCode));
        return all.stream().filter(Domain::isRoot).map(root -> view(root, children)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One domain with its quota, usage and children")
    public DomainView get(@PathParam("code") String code) {
        Domain domain = domains.byCode(code).orElseThrow(() -> DomainException.notFound(code));
        List<Domain> all = domains.all();
        Map<String, List<Domain>> children = all.stream().filter(d -> d.getParentCode() != null)
                .collect(Collectors.groupingBy(Domain::getParentCode));
        return view(domain, children);
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "Every effective change of the domain, oldest first")
    public List<ChangeView> history(@PathParam("code") String code) {
        domains.byCode(code).orElseThrow(() -> DomainException.notFound(code));
        return domains.history(code).stream().map(ChangeView::of).toList();
    }

    private static DomainView view(Domain domain, Map<String, List<Domain>> children) {
        List<DomainView> below = new ArrayList<>();
        for (Domain child : children.getOrDefault(domain.getCode(), List.of())) {
            below.add(view(child, children));
        }
        return DomainView.of(domain, below);
    }
}
