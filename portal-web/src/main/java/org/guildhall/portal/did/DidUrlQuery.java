package org.guildhall.portal.did;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters in a DID URL's own query ({@code did:…?versionId=2&service=files}). */
final class DidUrlQuery {

    private DidUrlQuery() {
    }

    static Map<String, String> parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.putIfAbsent(PercentDecoding.once(name), PercentDecoding.once(value));
        }
        return params;
    }
}
