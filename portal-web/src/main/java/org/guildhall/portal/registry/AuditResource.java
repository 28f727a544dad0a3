package org.guildhall.portal.registry;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.audit.entity.AuditRecord;

/** The audit trail, for admins and auditors: who did what, to what, and when. */
@Path("audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditEntry(long id, Instant recordedAt, String actor, String context, String action, String subject,
                             String detail) {
        static AuditEntry of(AuditRecord r) {
            return new AuditEntry(r.getId(), r.getRecordedAt(), r.getActor(), r.getContext(), r.getAction(),
                    r.getSubject(), r.getDetail());
        }
    }

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "The latest audit records, or every record about one subject (admin, auditor)")
    @SecurityRequirement(name = "bearer")
    public List<AuditEntry> list(@QueryParam("max") @DefaultValue("100") @Min(1) @Max(1000) int max,
                                 @QueryParam("subject") @Size(max = 128) String subject) {
        List<AuditRecord> records = subject == null || subject.isBlank() ? audit.latest(max) : audit.about(subject);
        return records.stream().map(AuditEntry::of).toList();
    }
}
