package org.guildhall.registry.did.entity;

/** The W3C DID Resolution errors this resolver reports, with their HTTP status in the HTTP binding. */
public enum ResolutionError {
    INVALID_DID(400, "Invalid DID"),
    INVALID_DID_URL(400, "Invalid DID URL"),
    INVALID_OPTIONS(400, "Invalid resolution options"),
    NOT_FOUND(404, "DID not found"),
    REPRESENTATION_NOT_SUPPORTED(406, "Representation not supported"),
    METHOD_NOT_SUPPORTED(501, "DID method not supported");

    private final int status;
    private final String title;

    ResolutionError(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The error's type URI: {@code https://www.w3.org/ns/did#NAME}. */
    public String type() {
        return "https://www.w3.org/ns/did#" + name();
    }
}
