package org.guildhall.registry.did.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.guildhall.registry.did.entity.ResolutionError;
import org.guildhall.registry.did.entity.VersionSnapshot;

/**
 * W3C DID Resolution for this registry's method: the latest version, or the version named by
 * {@code versionId}, or the version in force at {@code versionTime}, with its document metadata.
 * Anyone may resolve. Histories are cached per instance (see {@link ResolutionCache}); {@code noCache}
 * reads the database.
 * <p>
 * A CDI bean, not an EJB like the other boundaries: resolution is public and read-only (no caller to
 * check, no transaction to start), and on a cache hit the EJB container's security and transaction
 * interceptors cost more than the resolution itself (measured with {@code ./guildhall bench resolve}).
 * Reads outside a transaction get a fresh persistence context per query.
 */
@ApplicationScoped
public class DidResolver {

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    DidConfig config;
    @Inject
    ResolutionCache cache;
    @Inject
    RegistryAnchoring anchoring;

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

    /**
     * Every version of the DID, oldest first, with its inclusion proof once sealed; empty when it is
     * unknown. One query reads the versions and where their leaves sit; proofs come from the sealed
     * batch, which the anchoring boundary keeps in memory.
     */
    public List<VersionSnapshot> history(String did) {
        List<?> rows = em.createNativeQuery("select v.version_id, v.version_time, v.operation, v.document,"
                        + " v.content_sha256, cast(l.batch_id as varchar), l.leaf_index from registry.did_version v"
                        + " left join registry.anchor_leaf l on l.subject = v.did and l.version = cast(v.version_id as text)"
                        + " and l.batch_id is not null where v.did = ?1 order by v.version_id")
                .setParameter(1, did).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new VersionSnapshot(((Number) row[0]).intValue(),
                ((java.sql.Timestamp) row[1]).toInstant(), DidOperation.valueOf((String) row[2]), (String) row[3],
                ((String) row[4]).strip(), row[5] == null ? null
                        : anchoring.proofAt(java.util.UUID.fromString((String) row[5]), ((Number) row[6]).intValue())))
                .toList();
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
