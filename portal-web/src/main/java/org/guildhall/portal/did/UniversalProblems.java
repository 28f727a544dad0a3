package org.guildhall.portal.did;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.portal.api.DomainProblems;
import org.guildhall.registry.did.entity.DidRegistrationException;
import org.guildhall.registry.did.entity.DidResolutionException;
import org.guildhall.registry.did.entity.ResolutionError;
import org.guildhall.registry.domain.entity.DomainException;

/**
 * Errors of the {@code /1.0} bindings in their own formats: resolution errors as W3C DID Resolution
 * results (or RFC 9457 problems with the {@code https://www.w3.org/ns/did#} types), registrar refusals
 * as {@code didState.state = "failed"} with the HTTP status that fits.
 */
@Provider
public class UniversalProblems implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UniversalProblems.class.getName());

    @Inject
    SecurityContext security;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && !DomainProblems.isAccessRefusal(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResolutionFailure failure) {
            return resolutionError(failure.representation(), failure.error());
        }
        if (cause instanceof DidResolutionException error) {
            return resolutionError(Representation.PROBLEM, error);
        }
        UUID jobId = null;
        if (cause instanceof RegistrarFailure failure) {
            jobId = failure.jobId();
            cause = failure.getCause();
            while (cause instanceof EJBException && !DomainProblems.isAccessRefusal(cause) && cause.getCause() != null) {
                cause = cause.getCause();
            }
        }
        if (DomainProblems.isAccessRefusal(cause)) {
            return security.getCallerPrincipal() == null
                    ? Response.fromResponse(failed(jobId, 401, "unauthenticated",
                            "Send a registrar's API token as 'Authorization: Bearer <token>'."))
                            .header("WWW-Authenticate", "Bearer realm=\"guildhall\"").build()
                    : failed(jobId, 403, "not-registrar", "Only registrars may register DIDs.");
        }
        if (cause instanceof DidRegistrationException refused) {
            return failed(jobId, refused.status(), refused.problem(), refused.getMessage());
        }
        if (cause instanceof DomainException refused) {
            int status = switch (refused.reason()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
                case INVALID -> 400;
            };
            return failed(jobId, status, refused.problem(), refused.getMessage());
        }
        if (cause instanceof jakarta.json.JsonException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return failed(jobId, 400, "invalid-request", "The request body is not a JSON object.");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return failed(jobId, status, "http-" + status, status == 400
                    ? "The request body is not a JSON object." : web.getResponse().getStatusInfo().getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "Unexpected error in the DID bindings", exception);
        return failed(jobId, 500, "internal", "Something went wrong on our side; it has been logged.");
    }

    private static Response resolutionError(Representation representation, DidResolutionException error) {
        ResolutionError kind = error.error();
        if (representation == Representation.RESOLUTION) {
            return Response.status(kind.status()).type(Representation.RESOLUTION.mediaType())
                    .entity(ResolutionBodies.errorResult(kind, error.getMessage(), null)).build();
        }
        return Response.status(kind.status()).type(Representation.PROBLEM.mediaType())
                .entity(ResolutionBodies.problem(kind, error.getMessage()).toString()).build();
    }

    private static Response failed(UUID jobId, int status, String error, String reason) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(RegistrarBodies.failed(jobId, error, reason).toString()).build();
    }
}
