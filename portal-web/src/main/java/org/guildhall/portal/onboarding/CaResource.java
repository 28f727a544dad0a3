package org.guildhall.portal.onboarding;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.guildhall.onboarding.certification.boundary.NodeCertification;
import org.guildhall.onboarding.certification.entity.CaCertificate;
import org.guildhall.onboarding.certification.entity.RevocationList;

/**
 * The federation CA's certificate and its current CRL, at stable URLs (the CRL's is written into every
 * certificate). PEM by default for the certificate, DER for the CRL (RFC 5280 4.2.1.13); {@code format}
 * picks the other.
 */
@Path("ca")
@Tag(name = "node onboarding")
public class CaResource {

    static final String PEM_CERTIFICATE = "application/pem-certificate-chain";
    static final String DER_CERTIFICATE = "application/pkix-cert";
    static final String DER_CRL = "application/pkix-crl";

    @Inject
    NodeCertification certification;

    @GET
    @Path("certificate")
    @Operation(summary = "The federation CA certificate (PEM; format=der for DER)")
    public Response certificate(@QueryParam("format") String format) {
        CaCertificate ca = certification.caCertificate();
        Response.ResponseBuilder response = "der".equals(format)
                ? Response.ok(ca.getDer(), DER_CERTIFICATE)
                : Response.ok(Pem.of("CERTIFICATE", ca.getDer()), PEM_CERTIFICATE);
        return response.header("Content-Disposition", "attachment; filename=\"guildhall-ca." + ("der".equals(format) ? "der" : "pem") + "\"")
                .build();
    }

    @GET
    @Path("crl")
    @Operation(summary = "The CA's current certificate revocation list (DER; format=pem for PEM)")
    public Response crl(@QueryParam("format") String format) {
        RevocationList crl = certification.crl();
        CacheControl cache = new CacheControl();
        long seconds = Math.max(0, Math.min(300, Duration.between(Instant.now(), crl.getNextUpdate()).toSeconds()));
        cache.setMaxAge((int) seconds);
        Response.ResponseBuilder response = "pem".equals(format)
                ? Response.ok(Pem.of("X509 CRL", crl.getDer()), "application/x-pem-file")
                : Response.ok(crl.getDer(), DER_CRL);
        return response.cacheControl(cache).lastModified(Date.from(crl.getThisUpdate()))
                .header("Content-Disposition", "attachment; filename=\"guildhall-ca.crl\"").build();
    }
}
