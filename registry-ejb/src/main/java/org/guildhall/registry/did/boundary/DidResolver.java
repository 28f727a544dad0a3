package org.guildhall.registry.did.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
import org.guildhall.registry.did.control.DidConfig;
import org.guildhall.registry.did.control.DidSyntax;
import org.guildhall.registry.did.control.ResolutionCache;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidDocumentMetadata;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.did.entity.DidResolution;
import org.guildhall.registry.did.entity.DidResolutionException;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidVersion;
import org.guildhall.registry.did.entity.ResolutionError;
import org.guildhall.registry.did.entity.VersionSnapshot;

/**
 * W3C DID Resolution for this registry's method: the latest version, or the version named by
 * {@code versionId}, or the version in force at {@code versionTime}, with its document metadata.
 * Anyone may resolve. Histories are cached per instance (see {@link ResolutionCache}); {@code noCache}
 * reads the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DidResolver {

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    DidConfig config;
    @Inject
    ResolutionCache cache;
    @Inject
    RegistryAnchoring anchoring;

    @PermitAll
    public DidResolution resolve(String did, String versionId, String versionTime, boolean noCache) {
        Did parsed;
        try {
            parsed = DidSyntax.parseDid(did);
        } catch (DidSyntaxException e) {
            throw new DidResolutionException(ResolutionError.INVALID_DID, e.getMessage());
        }
        if (!config.method().isOurs(parsed)) {
            throw new DidResolutionException(ResolutionError.METHOD_NOT_SUPPORTED, "This resolver serves did:"
                    + config.method().methodName() + "; did:" + parsed.method() + " is not supported.");
        }
        try {
            config.method().parse(parsed);
        } catch (DidSyntaxException e) {
            throw new DidResolutionException(ResolutionError.INVALID_DID, e.getMessage());
        }
        if (versionId != null && versionTime != null) {
            throw new DidResolutionException(ResolutionError.INVALID_OPTIONS, "Give versionId or versionTime, not both.");
        }
        String status = "hit";
        List<VersionSnapshot> history = noCache ? null : cache.get(did);
        if (history == null) {
            status = noCache ? "bypass" : "miss";
            history = cache.load(did, this::history);
        }
        if (history.isEmpty()) {
            throw new DidResolutionException(ResolutionError.NOT_FOUND, "No DID " + did + " is registered.");
        }
        int index = select(history, versionId, versionTime);
        return new DidResolution(did, history.get(index), metadata(history, index), status,
                (int) config.cacheTime().toSeconds());
    }

    /** Every version of the DID, oldest first, with its inclusion proof once sealed; empty when it is unknown. */
    @PermitAll
    public List<VersionSnapshot> history(String did) {
        return em.createNamedQuery("DidVersion.findByDid", DidVersion.class).setParameter("did", did)
                .getResultStream().map(v -> VersionSnapshot.of(v, anchoring.proofFor(did,
                        Integer.toString(v.getVersionId())).orElse(null))).toList();
    }

    private static int select(List<VersionSnapshot> history, String versionId, String versionTime) {
        if (versionId != null) {
            for (int i = 0; i < history.size(); i++) {
                if (Integer.toString(history.get(i).versionId()).equals(versionId)) {
                    return i;
                }
            }
            throw new DidResolutionException(ResolutionError.NOT_FOUND, "The DID has no version " + versionId + ".");
        }
        if (versionTime != null) {
            Instant time = instant(versionTime);
            int found = -1;
            for (int i = 0; i < history.size() && !history.get(i).versionTime().isAfter(time); i++) {
                found = i;
            }
            if (found < 0) {
                throw new DidResolutionException(ResolutionError.NOT_FOUND, "The DID did not exist at " + versionTime + ".");
            }
            return found;
        }
        return history.size() - 1;
    }

    private static DidDocumentMetadata metadata(List<VersionSnapshot> history, int index) {
        VersionSnapshot version = history.get(index);
        VersionSnapshot next = index + 1 < history.size() ? history.get(index + 1) : null;
        return new DidDocumentMetadata(history.get(0).versionTime(), index == 0 ? null : version.versionTime(),
                version.operation() == DidOperation.DEACTIVATE, Integer.toString(version.versionId()),
                version.versionTime(), next == null ? null : Integer.toString(next.versionId()),
                next == null ? null : next.versionTime(), version.contentSha256());
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new DidResolutionException(ResolutionError.INVALID_OPTIONS,
                    "versionTime must be an RFC 3339 date-time such as 2026-01-31T12:00:00Z, not '" + text + "'.");
        }
    }
}
