package org.guildhall.portal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.proposals.proposal.entity.InvalidProposalException;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.proposals.voting.entity.BallotSignatureException;
import org.guildhall.registry.accounts.entity.AccountException;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.guildhall.registry.membership.entity.MembershipException;

/**
 * Every other exception as a problem: the contexts' own exceptions with their status, access
 * refusals as 401 (no caller) or 403 (wrong role), JAX-RS errors as they are, anything unexpected
 * as 500 without internals.
 */
@Provider
public class DomainProblems implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(DomainProblems.class.getName());

    @Inject
    SecurityContext security;

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception;
        while (cause instanceof EJBException && !isAccessRefusal(cause) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (isAccessRefusal(cause)) {
            return security.getCallerPrincipal() == null
                    ? Response.fromResponse(Problem.response("unauthenticated", "Authentication required", 401,
                            "Sign in, or send an API token as 'Authorization: Bearer <token>'."))
                            .header("WWW-Authenticate", "Bearer realm=\"guildhall\"").build()
                    : Problem.response("forbidden", "Not allowed", 403, "Your roles do not allow this action.");
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.response(ValidationProblems.of(violations));
        }
        if (cause instanceof InvalidProposalException invalid) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            invalid.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            return Problem.response(new Problem(Problem.BASE + "invalid-proposal", "Invalid proposal", 400,
                    invalid.getMessage(), errors));
        }
        if (cause instanceof BallotSignatureException signature) {
            return Problem.response("invalid-ballot-signature", "Invalid ballot signature", 400, signature.getMessage());
        }
        if (cause instanceof ProposalException p) {
            return switch (p.reason()) {
                case NOT_FOUND -> Problem.response(kind(p, "proposal-not-found"), "Not found", 404, p.getMessage());
                case CONFLICT -> Problem.response(kind(p, "proposal-conflict"), "Not possible now", 409, p.getMessage());
                case FORBIDDEN -> Problem.response(kind(p, "forbidden"), "Not allowed", 403, p.getMessage());
                case INVALID -> Problem.response(kind(p, "invalid-input"), "Invalid input", 400, p.getMessage());
            };
        }
        if (cause instanceof org.guildhall.proposals.track.entity.TrackException t) {
            if (t.isNotFound()) {
                return Problem.response("track-not-found", "Not found", 404, t.getMessage());
            }
            java.util.Map<String, String> errors = new java.util.TreeMap<>();
            t.problems().forEach(p -> errors.merge(p.substring(0, Math.max(0, p.indexOf(':'))), p.substring(p.indexOf(':') + 1).strip(),
                    (a, b) -> a + "; " + b));
            return Problem.response(new Problem(Problem.BASE + "invalid-track-settings", "Invalid track settings", 400,
                    t.getMessage(), errors));
        }
        if (cause instanceof org.guildhall.proposals.tally.entity.UnreadableResultDocument unreadable) {
            return Problem.response("unreadable-result-document", "Not a result document", 400, unreadable.getMessage());
        }
        if (cause instanceof org.guildhall.registry.domain.entity.DomainException d) {
            return switch (d.reason()) {
                case NOT_FOUND -> Problem.response(d.problem(), "Not found", 404, d.getMessage());
                case CONFLICT -> Problem.response(d.problem(), "Not possible now", 409, d.getMessage());
                case FORBIDDEN -> Problem.response(d.problem(), "Not allowed", 403, d.getMessage());
                case INVALID -> Problem.response(d.problem(), "Invalid input", 400, d.getMessage());
            };
        }
        if (cause instanceof org.guildhall.onboarding.application.entity.ChecksFailedException failed) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            failed.failed().forEach(c -> errors.put(c.code(), c.detail()));
            return Problem.response(new Problem(Problem.BASE + "checks-failed", "Checks failed", 422,
                    failed.getMessage(), errors));
        }
        if (cause instanceof org.guildhall.onboarding.application.entity.OnboardingException o) {
            return switch (o.reason()) {
                case NOT_FOUND -> Problem.response(o.problem(), "Not found", 404, o.getMessage());
                case CONFLICT -> Problem.response(o.problem(), "Not possible now", 409, o.getMessage());
                case FORBIDDEN -> Problem.response(o.problem(), "Not allowed", 403, o.getMessage());
                case INVALID -> Problem.response(o.problem(), "Invalid input", 400, o.getMessage());
                case UNAVAILABLE -> Problem.response(o.problem(), "Unavailable", 503, o.getMessage());
            };
        }
        if (cause instanceof IdentifierException i) {
            return switch (i.reason()) {
                case NOT_FOUND -> Problem.response(i.problem(), "Not found", 404, i.getMessage());
                case CONFLICT -> Problem.response(i.problem(), "Not possible now", 409, i.getMessage());
                case FORBIDDEN -> Problem.response(i.problem(), "Not allowed", 403, i.getMessage());
                case INVALID -> Problem.response(i.problem(), "Invalid input", 400, i.getMessage());
            };
        }
        if (cause instanceof MembershipException m) {
            return switch (m.reason()) {
                case NOT_FOUND -> Problem.response("organisation-not-found", "Not found", 404, m.getMessage());
                case CONFLICT -> Problem.response("membership-conflict", "Not possible now", 409, m.getMessage());
                case INVALID -> Problem.response("invalid-input", "Invalid input", 400, m.getMessage());
            };
        }
        if (cause instanceof org.guildhall.registry.accounts.entity.TooManyAttemptsException tooMany) {
            return Response.fromResponse(Problem.response("too-many-attempts", "Too many attempts", 429, tooMany.getMessage()))
                    .header("Retry-After", "300").build();
        }
        if (cause instanceof AccountException a) {
            return a.isConflict() ? Problem.response("account-conflict", "Not possible", 409, a.getMessage())
                    : Problem.response("account-not-found", "Not found", 404, a.getMessage());
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problem.response("malformed-body", "Malformed request body", 400,
                    "The request body is not valid JSON of the expected shape.");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = web.getResponse().getStatusInfo().getReasonPhrase();
            String detail = status == 404 ? "No such resource." : status == 415 ? "Send application/json."
                    : status == 400 ? "The request body is not valid JSON of the expected shape." : title;
            return Problem.response("http-" + status, title, status, detail);
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
        return Problem.response("internal", "Internal error", 500, "Something went wrong on our side; it has been logged.");
    }

    private static String kind(ProposalException p, String fallback) {
        return p.problem() != null ? p.problem() : fallback;
    }

    /** A refusal by the container's role check: GlassFish throws AccessLocalException for local calls. */
    public static boolean isAccessRefusal(Throwable t) {
        return t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException;
    }
}
