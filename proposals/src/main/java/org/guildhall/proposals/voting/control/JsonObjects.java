package org.guildhall.proposals.voting.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.Map;

/**
 * One JSON object read from text with nimbus's strict Gson, which refuses repeated members, trailing text,
 * comments and single quotes. One quirk is closed here: asked for a map, Gson also reads a JSON array of
 * {@code [name, value]} pairs (and {@code []}) as an object, so the text must open with a brace.
 */
final class JsonObjects {

    private JsonObjects() {
    }

    /** The object, or null when the text is not exactly one JSON object. */
    static Map<String, Object> parse(String json) {
        if (json == null || !json.strip().startsWith("{")) {
            return null;
        }
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            return null;
        }
    }
}
