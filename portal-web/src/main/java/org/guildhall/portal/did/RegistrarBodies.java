package org.guildhall.portal.did;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.UUID;
import org.guildhall.registry.did.entity.RegistrarState;

/** The DIF Universal Registrar response bodies: {@code jobId}, {@code didState} and the metadata objects. */
final class RegistrarBodies {

    private static final JsonProvider JSON = JsonProvider.provider();

    private RegistrarBodies() {
    }

    static JsonObject of(RegistrarState state) {
        JsonObjectBuilder didState = JSON.createObjectBuilder().add("state", state.state()).add("did", state.did());
        if (state.signingRequest() != null) {
            RegistrarState.SigningRequest request = state.signingRequest();
            didState.add("action", "signPayload").add("signingRequest", JSON.createObjectBuilder()
                    .add(request.id(), JSON.createObjectBuilder().add("kid", request.kid()).add("alg", request.alg())
                            .add("purpose", request.purpose()).add("payload", ResolutionBodies.parse(request.payload()))
                            .add("serializedPayload", request.serializedPayload())));
        }
        if (state.didDocument() != null) {
            didState.add("didDocument", ResolutionBodies.parse(state.didDocument()));
        }
        JsonObjectBuilder documentMetadata = JSON.createObjectBuilder();
        if (state.versionId() != null) {
            documentMetadata.add("versionId", Integer.toString(state.versionId()));
        }
        return JSON.createObjectBuilder().add("jobId", state.jobId().toString()).add("didState", didState)
                .add("didRegistrationMetadata", JSON.createObjectBuilder())
                .add("didDocumentMetadata", documentMetadata).build();
    }

    /** {@code didState.state = "failed"} with the reason, and the stable error name. */
    static JsonObject failed(UUID jobId, String error, String reason) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        if (jobId != null) {
            body.add("jobId", jobId.toString());
        }
        return body.add("didState", JSON.createObjectBuilder().add("state", "failed").add("error", error)
                        .add("reason", reason))
                .add("didRegistrationMetadata", JSON.createObjectBuilder())
                .add("didDocumentMetadata", JSON.createObjectBuilder()).build();
    }
}
