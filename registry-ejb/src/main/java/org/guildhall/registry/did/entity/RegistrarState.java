package org.guildhall.registry.did.entity;

import java.util.UUID;

/**
 * Where a registrar job stands, as the DIF Universal Registrar reports it in {@code didState}: waiting
 * for the controller's signature ({@code action}, with the signing request) or {@code finished} (with the
 * DID, its document and the new version).
 */
public record RegistrarState(UUID jobId, String state, String did, SigningRequest signingRequest, String didDocument,
                             Integer versionId) {

    public static final String ACTION = "action";
    public static final String FINISHED = "finished";

    /**
     * What the controller signs: {@code payload} is the canonical JSON, {@code serializedPayload} its
     * base64url; {@code kid} the authentication key asked for (any of the document's authentication keys
     * may sign instead, named in the response).
     */
    public record SigningRequest(String id, String kid, String alg, String purpose, String payload,
                                 String serializedPayload) {
    }

    public static RegistrarState action(UUID jobId, String did, SigningRequest request, String document) {
        return new RegistrarState(jobId, ACTION, did, request, document, null);
    }

    public static RegistrarState finished(UUID jobId, String did, String document, int versionId) {
        return new RegistrarState(jobId, FINISHED, did, null, document, versionId);
    }
}
