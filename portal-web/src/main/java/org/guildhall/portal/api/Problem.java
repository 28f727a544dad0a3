package org.guildhall.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem. {@code type} is a stable URI per kind of problem; {@code errors} names the
 * fields that failed validation, with the reason for each.
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final String BASE = "https://guildhall.org/problems/";
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(String kind, String title, int status, String detail) {
        return response(new Problem(BASE + kind, title, status, detail, null));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
