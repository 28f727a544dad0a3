package org.guildhall.registry.did.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.registry.anchoring.control.CanonicalContent;
import org.guildhall.registry.audit.boundary.AuditTrail;
import org.guildhall.registry.did.control.DidConfig;
import org.guildhall.registry.did.control.DidDocumentValidator;
import org.guildhall.registry.did.control.DidSyntax;
import org.guildhall.registry.did.control.GuildDidMethod;
import org.guildhall.registry.did.control.ProofVerifier;
import org.guildhall.registry.did.control.RegistrarPayloads;
import org.guildhall.registry.did.entity.Did;
import org.guildhall.registry.did.entity.DidChanged;
import org.guildhall.registry.did.entity.DidDocumentException;
import org.guildhall.registry.did.entity.DidOperation;
import org.guildhall.registry.did.entity.DidRecord;
import org.guildhall.registry.did.entity.DidRegistrationException;
import org.guildhall.registry.did.entity.DidSyntaxException;
import org.guildhall.registry.did.entity.DidVersion;
import org.guildhall.registry.did.entity.RegistrarState;
import org.guildhall.registry.did.entity.RegistrationJob;
import org.guildhall.registry.did.entity.ValidatedDocument;
import org.guildhall.registry.did.entity.VerificationKey;
import org.guildhall.registry.domain.control.DomainRegistrars;
import org.guildhall.registry.domain.entity.Domain;

/**
 * The DID registrar in client-managed secret mode (DIF Universal Registrar): a registrar of the domain
 * starts an operation, gets back the payload the DID's controller must sign, and finishes it with the
 * signature. The controller's keys never reach the server. A create is signed by the new document's
 * first authentication key (or any of its authentication keys), an update or deactivation by an
 * authentication key of the current version. Finishing checks everything again and writes the version,
 * the quota and the anchoring leaf in one transaction, so a refusal leaves nothing behind.
 */
@Stateless
public class DidRegistrar {

    private static final Logger LOG = Logger.getLogger(DidRegistrar.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final DidDocumentValidator VALIDATOR = new DidDocumentValidator();

    @PersistenceContext(unitName = "registry")
    EntityManager em;
    @Inject
    DidConfig config;
    @Inject
    DomainRegistrars registrars;
    @Inject
    RegistrarPayloads payloads;
    @Inject
    AuditTrail audit;
    @Inject
    org.guildhall.registry.anchoring.boundary.RegistryAnchoring anchoring;
    @Inject
    Event<DidChanged> changed;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** Starts a create under {@code domain}; the DID is derived from the document's first authentication key. */
    @RolesAllowed("registrar")
    public RegistrarState startCreate(String method, String domain, @NotNull JsonObject draft) {
        requireMethod(method);
        return beginCreate(user(), domain, draft);
    }

    private RegistrarState beginCreate(String user, String domain, JsonObject draft) {
        Domain target = registrars.requireRegistrar(domain, user);
        if (target.getStatus() != org.guildhall.registry.domain.entity.DomainStatus.ACTIVE || target.free() < 1) {
            target.consumeOne(Instant.now(clock)); // refuses with the domain's own reason
        }
        GuildDidMethod didMethod = config.method();
        Did did = payloads.didFor(didMethod, domain, draft);
        if (em.find(DidRecord.class, did.toString()) != null) {
            throw new DidRegistrationException("did-exists", 409, did + " exists already: its first authentication key"
                    + " was used for another DID of this domain.");
        }
        ValidatedDocument document = validate(did, payloads.complete(draft, did));
        return start(DidOperation.CREATE, did.toString(), domain, user, document, document.authenticationKeys(), null);
    }

    /** Starts replacing the DID's document (DIF operation {@code setDidDocument}). */
    @RolesAllowed("registrar")
    public RegistrarState startUpdate(@NotNull String did, @NotNull JsonObject document) {
        return beginUpdate(user(), did, document);
    }

    private RegistrarState beginUpdate(String user, String did, JsonObject document) {
        DidRecord record = current(did);
        registrars.requireRegistrar(record.getDomainCode(), user);
        Did parsed = DidSyntax.parseDid(did);
        ValidatedDocument validated = validate(parsed, payloads.complete(document, parsed));
        return start(DidOperation.UPDATE, did, record.getDomainCode(), user, validated, currentKeys(record),
                record.getCurrentVersion());
    }

    /** Starts deactivating the DID; its last document stays resolvable by version. */
    @RolesAllowed("registrar")
    public RegistrarState startDeactivate(@NotNull String did) {
        return beginDeactivate(user(), did);
    }

    private RegistrarState beginDeactivate(String user, String did) {
        DidRecord record = current(did);
        registrars.requireRegistrar(record.getDomainCode(), user);
        DidVersion last = em.find(DidVersion.class, new DidVersion.Key(did, record.getCurrentVersion()));
        ValidatedDocument document = validate(DidSyntax.parseDid(did), parse(last.getDocument()));
        return start(DidOperation.DEACTIVATE, did, record.getDomainCode(), user, document, document.authenticationKeys(),
                record.getCurrentVersion());
    }

    /**
     * Finishes a job with the controller's signature (base64url of the raw signature over the payload's
     * UTF-8 bytes) and, optionally, the id of the authentication key that made it.
     */
    @RolesAllowed("registrar")
    public RegistrarState finish(@NotNull UUID jobId, @NotNull DidOperation operation, String signature, String kid) {
        return complete(user(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), jobId, operation, signature, kid);
    }

    /** What start-up code holding a controller's key uses to sign: the key id and the raw signature, base64url. */
    public interface PayloadSigner {
        /** @return {@code {kid, base64url signature}} */
        String[] sign(String requestedKid, byte[] payload);
    }

    /**
     * Runs a whole operation for {@code registrar} with a signer that holds the controller's key, at
     * {@code at} (demo data and migrations from other registries). For trusted start-up code only; no
     * endpoint calls it. {@code target} is the domain for a create, the DID otherwise.
     */
    @PermitAll
    public RegistrarState provision(@NotNull DidOperation operation, @NotNull String registrar, @NotNull String target,
                                    JsonObject document, @NotNull PayloadSigner signer, @NotNull Instant at) {
        RegistrarState started = switch (operation) {
            case CREATE -> beginCreate(registrar, target, document);
            case UPDATE -> beginUpdate(registrar, target, document);
            case DEACTIVATE -> beginDeactivate(registrar, target);
        };
        em.flush(); // finishing reads the job and the domain with locks, from the database
        String[] signed = signer.sign(started.signingRequest().kid(),
                started.signingRequest().payload().getBytes(StandardCharsets.UTF_8));
        return complete(registrar, at.truncatedTo(ChronoUnit.MICROS), started.jobId(), operation, signed[1], signed[0]);
    }

    private RegistrarState complete(String user, Instant now, UUID jobId, DidOperation operation, String signature, String kid) {
        RegistrationJob job = em.find(RegistrationJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.getOperation() != operation) {
            throw new DidRegistrationException("unknown-job", 404, "No " + operation.name().toLowerCase()
                    + " job " + jobId + ".");
        }
        job.requireOpenFor(user, now);
        Domain domain = registrars.requireRegistrar(job.getDomainCode(), user);
        List<VerificationKey> keys = signers(job);
        VerificationKey signer = payloads.signer(keys, kid);
        if (!ProofVerifier.verify(signer, job.getPayload().getBytes(StandardCharsets.UTF_8), decode(signature))) {
            throw new DidRegistrationException("invalid-proof", "The signature does not verify with " + signer.id()
                    + " over the signing request's payload.");
        }
        DidRecord record;
        int versionId;
        String document;
        if (operation == DidOperation.CREATE) {
            em.lock(domain, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(domain);
            domain.consumeOne(now);
            if (em.find(DidRecord.class, job.getDid()) != null) {
                throw new DidRegistrationException("did-exists", 409, job.getDid() + " exists already.");
            }
            record = new DidRecord(job.getDid(), job.getDomainCode(), user, now);
            em.persist(record);
            versionId = 1;
            document = job.getDocument();
        } else {
            record = em.find(DidRecord.class, job.getDid(), LockModeType.PESSIMISTIC_WRITE);
            versionId = record.advance(job.getPreviousVersion(), operation == DidOperation.DEACTIVATE, now);
            document = operation == DidOperation.DEACTIVATE
                    ? em.find(DidVersion.class, new DidVersion.Key(job.getDid(), job.getPreviousVersion())).getDocument()
                    : job.getDocument();
        }
        String hash = CanonicalContent.sha256Hex(document);
        em.persist(new DidVersion(job.getDid(), versionId, operation, document, hash, now,
                new DidVersion.Proof(signer.id(), base64url(job.getPayload()), signature.strip()), user));
        job.finish();
        anchoring.enqueue(job.getDid(), Integer.toString(versionId), CanonicalContent.sha256(document));
        changed.fire(new DidChanged(job.getDid(), versionId, operation, hash, now));
        audit.record(user, "registry", "did." + operation.name().toLowerCase(), job.getDid(), "version " + versionId);
        LOG.info(() -> "DID " + job.getDid() + ": " + operation + ", version " + versionId);
        return RegistrarState.finished(jobId, job.getDid(), document, versionId);
    }

    private RegistrarState start(DidOperation operation, String did, String domain, String user, ValidatedDocument document,
                                 List<VerificationKey> signers, Integer previousVersion) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        UUID jobId = UUID.randomUUID();
        String canonical = CanonicalContent.canonical(document.document().toString());
        String payload = payloads.payload(jobId, operation, did, operation == DidOperation.DEACTIVATE ? null : canonical,
                previousVersion);
        RegistrationJob job = new RegistrationJob(jobId, operation, did, domain, user,
                operation == DidOperation.DEACTIVATE ? null : canonical, previousVersion, payload,
                payloads.keyIds(signers), now, now.plus(config.jobLifetime()));
        em.persist(job);
        VerificationKey first = signers.get(0);
        return RegistrarState.action(jobId, did, new RegistrarState.SigningRequest("signingRequest1", first.id(),
                first.alg(), "authentication", payload, base64url(payload)), canonical);
    }

    /** The keys that may sign the job: the new document's for a create, the signed-over version's otherwise. */
    private List<VerificationKey> signers(RegistrationJob job) {
        String document = job.getOperation() == DidOperation.CREATE ? job.getDocument()
                : em.find(DidVersion.class, new DidVersion.Key(job.getDid(), job.getPreviousVersion())).getDocument();
        return validate(DidSyntax.parseDid(job.getDid()), parse(document)).authenticationKeys();
    }

    /** The authentication keys of the DID's current version: they authorise its next change. */
    private List<VerificationKey> currentKeys(DidRecord record) {
        DidVersion last = em.find(DidVersion.class, new DidVersion.Key(record.getDid(), record.getCurrentVersion()));
        return validate(DidSyntax.parseDid(record.getDid()), parse(last.getDocument())).authenticationKeys();
    }

    private DidRecord current(String did) {
        Did parsed;
        try {
            parsed = DidSyntax.parseDid(did);
        } catch (DidSyntaxException e) {
            throw new DidRegistrationException("invalid-did", e.getMessage());
        }
        if (!config.method().isOurs(parsed)) {
            throw new DidRegistrationException("method-not-supported", 501, "This registrar serves did:"
                    + config.method().methodName() + " only.");
        }
        DidRecord record = em.find(DidRecord.class, did);
        if (record == null) {
            throw new DidRegistrationException("did-not-found", 404, "No DID " + did + ".");
        }
        if (record.isDeactivated()) {
            throw new DidRegistrationException("did-deactivated", 409, did + " is deactivated; it cannot change.");
        }
        return record;
    }

    private void requireMethod(String method) {
        if (method != null && !method.equals(config.method().methodName())) {
            throw new DidRegistrationException("method-not-supported", 501, "This registrar serves did:"
                    + config.method().methodName() + " only, not did:" + method + ".");
        }
    }

    private static ValidatedDocument validate(Did did, JsonObject document) {
        try {
            return VALIDATOR.validate(did, document);
        } catch (DidDocumentException e) {
            throw new DidRegistrationException("invalid-did-document", String.join("; ", e.errors()));
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static byte[] decode(String signature) {
        try {
            return Base64.getUrlDecoder().decode(signature == null ? "" : signature.strip());
        } catch (IllegalArgumentException e) {
            throw new DidRegistrationException("invalid-proof", "The signature is not base64url.");
        }
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String user() {
        return session.getCallerPrincipal().getName();
    }
}
