package org.guildhall.registry.identifier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.guildhall.registry.anchoring.boundary.RegistryAnchoring;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.domain.control.DomainRegistrars;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.identifier.control.IdentifierContents;
import org.guildhall.registry.identifier.control.MetadataRules;
import org.guildhall.registry.identifier.control.OwnerDids;
import org.guildhall.registry.identifier.control.VersionSelection;
import org.guildhall.registry.identifier.entity.Handle;
import org.guildhall.registry.identifier.entity.Identifier;
import org.guildhall.registry.identifier.entity.IdentifierChanged;
import org.guildhall.registry.identifier.entity.IdentifierContent;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.guildhall.registry.identifier.entity.IdentifierKind;
import org.guildhall.registry.identifier.entity.IdentifierMetadata;
import org.guildhall.registry.identifier.entity.IdentifierOperation;
import org.guildhall.registry.identifier.entity.IdentifierResolution;
import org.guildhall.registry.identifier.entity.IdentifierStatus;
import org.guildhall.registry.identifier.entity.IdentifierVersion;

/**
 * The identifier registry for things. A registrar of the handle's domain registers (one identifier of
 * the domain's quota, taken under a lock on the domain row), updates and withdraws; each change writes a
 * version, enqueues it for anchoring, audits it and fires {@link IdentifierChanged}, all in the caller's
 * transaction. Every refusal comes before the first write. Anyone may read.
 */
@Stateless
public class Identifiers {

    public static final int MAX_PAGE = 200;
    private static final Logger LOG = Logger.getLogger(Identifiers.class.getName());

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    DomainRegistrars registrars;
    @Inject
    OwnerDids owners;
    @Inject
    RegistryAnchoring anchoring;
    @Inject
    AuditTrail audit;
    @Inject
    Event<IdentifierChanged> changed;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Registers {@code handle} at version 1; its prefix names the domain whose quota it takes. */
    @RolesAllowed("registrar")
    public IdentifierResolution register(String handle, IdentifierKind kind, String ownerDid, JsonObject metadata) {
        Handle parsed = Handle.parse(handle);
        if (kind == null) {
            throw IdentifierException.invalid("invalid-kind", "An identifier needs a kind: "
                    + List.of(IdentifierKind.values()) + ".");
        }
        String canonicalMetadata = MetadataRules.canonical(metadata);
        String user = user();
        Instant now = now();
        Domain domain = registrars.requireRegistrar(parsed.prefix(), user);
        em.lock(domain, LockModeType.PESSIMISTIC_WRITE); // serialises the registrations of the domain
        em.refresh(domain);
        if (em.find(Identifier.class, parsed.toString()) != null) {
            throw IdentifierException.conflict("identifier-exists", parsed + " is registered already.");
        }
        owners.requireActive(ownerDid);
        domain.consumeOne(now);
        Identifier identifier = new Identifier(parsed, kind, ownerDid, user, now);
        em.persist(identifier);
        return write(identifier, IdentifierOperation.REGISTER, new IdentifierContent(identifier.getHandle(), kind,
                ownerDid, IdentifierContents.object(canonicalMetadata), IdentifierStatus.ACTIVE), user, now);
    }

    /**
     * A new version with another owner and/or other metadata ({@code null} keeps the current one), when
     * {@code expectedVersion} is still the current version.
     */
    @RolesAllowed("registrar")
    public IdentifierResolution update(String handle, int expectedVersion, String ownerDid, JsonObject metadata) {
        String user = user();
        Identifier identifier = lockedForChange(handle, expectedVersion, user);
        IdentifierContent current = IdentifierContents.parse(currentVersion(identifier).getContent());
        IdentifierContent next = new IdentifierContent(identifier.getHandle(), identifier.getKind(),
                ownerDid == null ? current.ownerDid() : ownerDid,
                metadata == null ? current.metadata() : IdentifierContents.object(MetadataRules.canonical(metadata)),
                IdentifierStatus.ACTIVE);
        if (IdentifierContents.canonical(next).equals(IdentifierContents.canonical(current))) {
            throw IdentifierException.invalid("identifier-unchanged", "The update changes neither the owner nor the"
                    + " metadata of " + identifier.getHandle() + ".");
        }
        owners.requireActive(next.ownerDid());
        Instant now = now();
        identifier.update(expectedVersion, next.ownerDid(), now);
        return write(identifier, IdentifierOperation.UPDATE, next, user, now);
    }

    /** Withdraws the identifier for good: a last version with status WITHDRAWN; it keeps its quota. */
    @RolesAllowed("registrar")
    public IdentifierResolution withdraw(String handle, int expectedVersion) {
        String user = user();
        Identifier identifier = lockedForChange(handle, expectedVersion, user);
        IdentifierContent current = IdentifierContents.parse(currentVersion(identifier).getContent());
        Instant now = now();
        identifier.withdraw(expectedVersion, now);
        return write(identifier, IdentifierOperation.WITHDRAW, new IdentifierContent(current.handle(), current.kind(),
                current.ownerDid(), current.metadata(), IdentifierStatus.WITHDRAWN), user, now);
    }

    /** The latest version, the one numbered {@code versionId}, or the one in force at {@code versionTime}. */
    @PermitAll
    public IdentifierResolution get(String handle, String versionId, String versionTime) {
        List<IdentifierVersion> history = history(handle);
        int index = VersionSelection.select(history, versionId, versionTime);
        return new IdentifierResolution(IdentifierContents.parse(history.get(index).getContent()),
                VersionSelection.metadata(history, index));
    }

    /** Every version, oldest first; {@code identifier-not-found} when there is none. */
    @PermitAll
    public List<IdentifierVersion> history(String handle) {
        Handle parsed = Handle.parse(handle);
        List<IdentifierVersion> history = em.createNamedQuery("IdentifierVersion.findByHandle", IdentifierVersion.class)
                .setParameter("handle", parsed.toString()).getResultList();
        if (history.isEmpty()) {
            throw IdentifierException.notFound(parsed.toString());
        }
        return history;
    }

    /** A page of identifiers, newest first; each filter may be {@code null}. */
    @PermitAll
    public List<Identifier> page(String domain, IdentifierKind kind, String ownerDid, int offset, int limit) {
        TypedQuery<Identifier> query = em.createQuery("select i from Identifier i" + where(filters(domain, kind, ownerDid))
                + " order by i.createdAt desc, i.handle", Identifier.class);
        filters(domain, kind, ownerDid).forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(MAX_PAGE, limit)))
                .getResultList();
    }

    @PermitAll
    public long count(String domain, IdentifierKind kind, String ownerDid) {
        TypedQuery<Long> query = em.createQuery("select count(i) from Identifier i"
                + where(filters(domain, kind, ownerDid)), Long.class);
        filters(domain, kind, ownerDid).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private Identifier lockedForChange(String handle, int expectedVersion, String user) {
        Handle parsed = Handle.parse(handle);
        Identifier identifier = em.find(Identifier.class, parsed.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (identifier == null) {
            throw IdentifierException.notFound(parsed.toString());
        }
        registrars.requireRegistrar(identifier.getDomainCode(), user);
        identifier.requireChangeableAt(expectedVersion);
        return identifier;
    }

    private IdentifierVersion currentVersion(Identifier identifier) {
        return em.find(IdentifierVersion.class, new IdentifierVersion.Key(identifier.getHandle(),
                identifier.getCurrentVersion()));
    }

    private IdentifierResolution write(Identifier identifier, IdentifierOperation operation, IdentifierContent content,
                                       String user, Instant now) {
        int versionId = identifier.getCurrentVersion();
        String canonical = IdentifierContents.canonical(content);
        String hash = CanonicalContent.sha256Hex(canonical);
        String handle = identifier.getHandle();
        em.persist(new IdentifierVersion(handle, versionId, operation, canonical, hash, now, user));
        anchoring.enqueue(handle, Integer.toString(versionId), CanonicalContent.sha256(canonical));
        changed.fire(new IdentifierChanged(handle, versionId, operation, hash, now));
        audit.record(user, "registry", "identifier." + operation.name().toLowerCase(), handle, "version " + versionId);
        LOG.info(() -> "Identifier " + handle + ": " + operation + ", version " + versionId);
        return new IdentifierResolution(content, new IdentifierMetadata(identifier.getCreatedAt(),
                versionId == 1 ? null : now, content.status() == IdentifierStatus.WITHDRAWN, Integer.toString(versionId),
                now, null, null, hash));
    }

    private static Map<String, Object> filters(String domain, IdentifierKind kind, String ownerDid) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (domain != null) {
            filters.put("domain", domain);
        }
        if (kind != null) {
            filters.put("kind", kind);
        }
        if (ownerDid != null) {
            filters.put("owner", ownerDid);
        }
        return filters;
    }

    private static String where(Map<String, Object> filters) {
        if (filters.isEmpty()) {
            return "";
        }
        return " where " + String.join(" and ", filters.keySet().stream().map(name -> switch (name) {
            case "domain" -> "i.domainCode = :domain";
            case "kind" -> "i.kind = :kind";
            default -> "i.ownerDid = :owner";
        }).toList());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private String user() {
        return session.getCallerPrincipal().getName();
    }
}
