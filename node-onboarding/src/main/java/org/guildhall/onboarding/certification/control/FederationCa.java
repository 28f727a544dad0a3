package org.guildhall.onboarding.certification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.guildhall.onboarding.application.control.OnboardingConfig;
import org.guildhall.onboarding.application.entity.EnodeUrl;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.certification.entity.CaCertificate;
import org.guildhall.onboarding.certification.entity.CertificationRequest;
import org.guildhall.onboarding.certification.entity.FederationCaKey;
import org.guildhall.onboarding.certification.entity.NodeCertificate;
import org.guildhall.onboarding.certification.entity.RevocationList;
import org.guildhall.onboarding.certification.entity.RevocationReason;
import org.guildhall.onboarding.node.entity.Node;
import org.guildhall.onboarding.nodetype.entity.NodeType;

/**
 * The federation CA: its self-signed certificate (one per HSM key, made on first use), the node
 * certificates it issues and the CRLs it signs. Every signature is made by the key in the HSM; the
 * private key is only ever a handle here. Runs in the caller's transaction.
 */
@ApplicationScoped
public class FederationCa {

    static final String CA_NAME = "Node CA";
    private static final Logger LOG = Logger.getLogger(FederationCa.class.getName());

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    Instance<FederationCaKey> keys;
    @Inject
    OnboardingConfig config;
    @Inject
    org.guildhall.registry.membership.boundary.Memberships memberships;

    private final SecureRandom random = new SecureRandom();

    /** The CA certificate of the current key; made and stored when this key has none yet. */
    public CaCertificate current(Instant at) {
        FederationCaKey key = key();
        String fingerprint = sha256Hex(key.publicKey().getEncoded());
        Optional<CaCertificate> existing = byKey(fingerprint);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Two instances starting at once must not make two CA certificates for one key.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('onboarding.ca_certificate'))").getSingleResult();
        return byKey(fingerprint).orElseGet(() -> create(key, fingerprint, at));
    }

    /** Issues the node's certificate for its CSR, valid for its type's certificate lifetime. */
    public NodeCertificate issue(Node node, CertificationRequest csr, NodeType type, EnodeUrl enode, Instant at) {
        CaCertificate ca = current(at);
        X509Certificate caCertificate = x509(ca.getDer());
        Instant notBefore = at.minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = at.plus(Duration.ofDays(type.getCertificateLifetimeDays())).truncatedTo(ChronoUnit.SECONDS);
        if (notAfter.isAfter(ca.getNotAfter())) {
            notAfter = ca.getNotAfter();
        }
        BigInteger serial = new BigInteger(127, random).setBit(126);
        X509Certificate certificate;
        try {
            certificate = new NodeCertificateIssuer().issue(csr, new IssueSpec(caCertificate, key(), serial, notBefore,
                    notAfter, organisationName(node), node.getName(), enode, List.of(), URI.create(config.crlUrl())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new OnboardingException(OnboardingException.Reason.UNAVAILABLE, "ca-unavailable",
                    "The federation CA could not issue the certificate: " + e.getMessage());
        }
        NodeCertificate issued = new NodeCertificate(serial.toString(16), node.getId(), ca.getId(), encoded(certificate),
                certificate.getSubjectX500Principal().getName(), notBefore, notAfter, at);
        em.persist(issued);
        return issued;
    }

    /** Signs a new CRL listing every certificate of the current CA that is not valid. */
    public RevocationList publishCrl(Instant at) {
        CaCertificate ca = current(at);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('onboarding.crl'))").getSingleResult();
        long number = latest(ca).map(l -> l.getNumber() + 1).orElse(1L);
        List<NodeCertificate> entries = em.createNamedQuery("NodeCertificate.findListed", NodeCertificate.class)
                .setParameter("ca", ca.getId()).getResultList();
        Instant thisUpdate = at.truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = thisUpdate.plus(config.crlValidity());
        RevocationListBuilder builder = new RevocationListBuilder(x509(ca.getDer()), key(), BigInteger.valueOf(number),
                thisUpdate, nextUpdate);
        entries.forEach(c -> builder.revoke(new BigInteger(c.getSerial(), 16), c.getRevokedAt(),
                RevocationReason.valueOf(c.getRevocationReason())));
        X509CRL crl = builder.build();
        RevocationList list;
        try {
            list = new RevocationList(ca.getId(), number, crl.getEncoded(), thisUpdate, nextUpdate);
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
        em.persist(list);
        LOG.info(() -> "CRL " + number + " signed with " + entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies"));
        return list;
    }

    /** The newest CRL of the current CA, signed now if there is none or it is about to expire. */
    public RevocationList currentCrl(Instant at) {
        CaCertificate ca = current(at);
        Optional<RevocationList> latest = latest(ca);
        if (latest.isPresent() && latest.get().getNextUpdate().isAfter(at.plus(config.crlValidity().dividedBy(4)))) {
            return latest.get();
        }
        return publishCrl(at);
    }

    private Optional<RevocationList> latest(CaCertificate ca) {
        return em.createNamedQuery("RevocationList.findLatest", RevocationList.class).setParameter("ca", ca.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    private CaCertificate create(FederationCaKey key, String fingerprint, Instant at) {
        Instant notBefore = at.minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = at.atOffset(ZoneOffset.UTC).plusYears(config.caValidityYears()).toInstant()
                .truncatedTo(ChronoUnit.SECONDS);
        X509Certificate certificate = new CaCertificates().selfSigned(key, config.federationName() + " " + CA_NAME,
                config.federationName(), notBefore, notAfter);
        CaCertificate ca = new CaCertificate(encoded(certificate), fingerprint,
                certificate.getSubjectX500Principal().getName(), notBefore, notAfter, at);
        em.persist(ca);
        em.flush();
        LOG.info(() -> "Federation CA certificate made for " + key.description() + ": " + ca.getSubject());
        return ca;
    }

    private Optional<CaCertificate> byKey(String fingerprint) {
        return em.createNamedQuery("CaCertificate.findByKey", CaCertificate.class).setParameter("key", fingerprint)
                .getResultStream().findFirst();
    }

    private String organisationName(Node node) {
        return memberships.byId(node.getOrganisationId()).map(o -> o.getName()).orElseThrow();
    }

    private FederationCaKey key() {
        if (keys.isUnsatisfied()) {
            throw new OnboardingException(OnboardingException.Reason.UNAVAILABLE, "ca-unavailable",
                    "The federation CA has no key here (no HSM is configured).");
        }
        try {
            return keys.get();
        } catch (RuntimeException e) {
            throw new OnboardingException(OnboardingException.Reason.UNAVAILABLE, "ca-unavailable",
                    "The federation CA's key in the HSM cannot be used now: " + e.getMessage());
        }
    }

    static X509Certificate x509(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate does not decode", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
