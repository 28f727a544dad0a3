package org.guildhall.portal.api;

import jakarta.json.Json;

/** An RFC 9457 problem document as text, for the places that answer before JAX-RS does (filters, authentication). */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static String of(String type, String title, int status, String detail) {
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).build().toString();
    }
}
