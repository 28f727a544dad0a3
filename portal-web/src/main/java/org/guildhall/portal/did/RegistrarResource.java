package org.guildhall.portal.did;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.guildhall.registry.did.boundary.DidRegistrar;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.did.entity.DidRegistrationException;
import org.guildhall.registry.did.entity.RegistrarState;

/**
 * The DIF Universal Registrar HTTP binding in client-managed secret mode. The first call of an
 * operation answers {@code didState.state = "action"}, {@code action = "signPayload"} with a
 * {@code signingRequest}; the second call repeats the {@code jobId} with
 * {@code secret.signingResponse.signingRequest1.signature} (base64url of the raw signature, optionally
 * with the {@code kid} that made it) and answers {@code finished}. Refusals answer
 * {@code didState.state = "failed"} with a {@code reason}. Only registrars of the domain may call.
 */
@Path("")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegistrarResource {

    @Inject
    DidRegistrar registrar;

    @POST
    @Path("create")
    @Operation(summary = "Create a DID under options.domain from didDocument (client-managed secret mode)")
    public Response create(@QueryParam("method") String method, JsonObject request) {
        UUID jobId = jobId(request);
        if (jobId != null) {
            return answer(finish(jobId, DidOperation.CREATE, request), 201);
        }
        JsonObject options = object(request, "options");
        requireClientSecretMode(options);
        String domain = options.get("domain") instanceof JsonString s ? s.getString() : null;
        if (domain == null) {
            throw new DidRegistrationException("invalid-request", "options.domain names the domain to register under.");
        }
        JsonObject document = object(request, "didDocument");
        return answer(registrar.startCreate(method, domain, document), 200);
    }

    @POST
    @Path("update")
    @Operation(summary = "Replace a DID's document (didDocumentOperation setDidDocument)")
    public Response update(JsonObject request) {
        UUID jobId = jobId(request);
        if (jobId != null) {
            return answer(finish(jobId, DidOperation.UPDATE, request), 200);
        }
        requireClientSecretMode(request.get("options") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT);
        if (request.get("didDocumentOperation") instanceof JsonArray operations
                && !(operations.size() == 1 && "setDidDocument".equals(operations.getString(0, "")))) {
            throw new DidRegistrationException("invalid-request", "The only didDocumentOperation is setDidDocument.");
        }
        JsonObject document;
        JsonValue given = request.get("didDocument");
        if (given instanceof JsonArray documents && documents.size() == 1 && documents.get(0) instanceof JsonObject d) {
            document = d;
        } else if (given instanceof JsonObject d) {
            document = d;
        } else {
            throw new DidRegistrationException("invalid-request", "didDocument holds the new document.");
        }
        return answer(registrar.startUpdate(did(request), document), 200);
    }

    @POST
    @Path("deactivate")
    @Operation(summary = "Deactivate a DID")
    public Response deactivate(JsonObject request) {
        UUID jobId = jobId(request);
        if (jobId != null) {
            return answer(finish(jobId, DidOperation.DEACTIVATE, request), 200);
        }
        requireClientSecretMode(request.get("options") instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT);
        return answer(registrar.startDeactivate(did(request)), 200);
    }

    private RegistrarState finish(UUID jobId, DidOperation operation, JsonObject request) {
        JsonObject secret = object(request, "secret");
        if (!(secret.get("signingResponse") instanceof JsonObject responses) || responses.isEmpty()) {
            throw new RegistrarFailure(jobId, new DidRegistrationException("invalid-request",
                    "Finish a job with secret.signingResponse.signingRequest1.signature."));
        }
        JsonValue response = responses.containsKey("signingRequest1") ? responses.get("signingRequest1")
                : responses.values().iterator().next();
        if (!(response instanceof JsonObject signed) || !(signed.get("signature") instanceof JsonString signature)) {
            throw new RegistrarFailure(jobId, new DidRegistrationException("invalid-request",
                    "The signing response has no signature."));
        }
        String kid = signed.get("kid") instanceof JsonString k ? k.getString() : null;
        try {
            return registrar.finish(jobId, operation, signature.getString(), kid);
        } catch (RuntimeException e) {
            throw new RegistrarFailure(jobId, e);
        }
    }

    private static Response answer(RegistrarState state, int finishedStatus) {
        return Response.status(RegistrarState.FINISHED.equals(state.state()) ? finishedStatus : 200)
                .entity(RegistrarBodies.of(state)).build();
    }

    private static UUID jobId(JsonObject request) {
        if (request == null) {
            throw new DidRegistrationException("invalid-request", "Send a JSON object.");
        }
        if (!(request.get("jobId") instanceof JsonString id)) {
            return null;
        }
        try {
            return UUID.fromString(id.getString());
        } catch (IllegalArgumentException e) {
            throw new DidRegistrationException("unknown-job", 404, "No registration job " + id.getString() + ".");
        }
    }

    private static String did(JsonObject request) {
        if (request.get("did") instanceof JsonString did) {
            return did.getString();
        }
        throw new DidRegistrationException("invalid-request", "Name the DID in 'did'.");
    }

    private static JsonObject object(JsonObject request, String member) {
        if (request.get(member) instanceof JsonObject object) {
            return object;
        }
        throw new DidRegistrationException("invalid-request", "'" + member + "' must be a JSON object.");
    }

    private static void requireClientSecretMode(JsonObject options) {
        if (options.get("clientSecretMode") == JsonValue.FALSE) {
            throw new DidRegistrationException("invalid-request", "This registrar never holds DID keys: only"
                    + " client-managed secret mode (options.clientSecretMode = true) is offered.");
        }
    }
}
