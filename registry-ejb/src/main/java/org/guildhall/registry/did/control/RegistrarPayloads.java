package org.guildhall.registry.did.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.did.entity.DidRegistrationException;
import org.guildhall.registry.did.entity.VerificationKey;

/**
 * The registrar's signing requests: the payload a controller signs is the RFC 8785 canonical JSON of
 * {@code {did, document (create, update), jobId, operation, previousVersionId (update, deactivate)}}, so
 * a signature covers exactly one operation on one version and cannot be replayed on another job.
 */
@ApplicationScoped
public class RegistrarPayloads {

    private static final JsonProvider JSON = JsonProvider.provider();

    public Did didFor(GuildDidMethod method, String domain, JsonObject draft) {
        return DidDrafts.didFor(method, domain, draft);
    }

    public JsonObject complete(JsonObject draft, Did did) {
        return DidDrafts.complete(draft, did);
    }

    public String payload(UUID jobId, DidOperation operation, String did, String canonicalDocument, Integer previousVersion) {
        var payload = JSON.createObjectBuilder().add("did", did).add("jobId", jobId.toString())
                .add("operation", operation.name().toLowerCase());
        if (canonicalDocument != null) {
            try (var reader = JSON.createReader(new StringReader(canonicalDocument))) {
                payload.add("document", reader.readObject());
            }
        }
        if (previousVersion != null) {
            payload.add("previousVersionId", Integer.toString(previousVersion));
        }
        return CanonicalContent.canonical(payload.build().toString());
    }

    /** The ids of the keys that may sign, as stored with the job. */
    public String keyIds(List<VerificationKey> keys) {
        var ids = JSON.createArrayBuilder();
        keys.forEach(k -> ids.add(k.id()));
        return ids.build().toString();
    }

    /** The key named by {@code kid} (absolute or a bare fragment), or the first when none is named. */
    public VerificationKey signer(List<VerificationKey> keys, String kid) {
        if (keys.isEmpty()) {
            throw new DidRegistrationException("invalid-proof", "The document has no authentication key to verify with.");
        }
        if (kid == null || kid.isBlank()) {
            return keys.get(0);
        }
        String wanted = kid.strip();
        return keys.stream().filter(k -> k.id().equals(wanted) || k.id().endsWith("#" + wanted.replaceFirst("^#", "")))
                .findFirst().orElseThrow(() -> new DidRegistrationException("invalid-proof",
                        wanted + " is not an authentication key of the document that must authorise this operation."));
    }
}
