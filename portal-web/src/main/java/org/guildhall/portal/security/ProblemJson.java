package org.guildhall.portal.security;

import jakarta.json.Json;

/** An RFC 9457 problem document, for the places that answer before JAX-RS does (filters). */
final class ProblemJson {

    private ProblemJson() {
    }

    static String of(String type, String title, int status, String detail) {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).build().toString();
    }
}
