package org.guildhall.onboarding.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.OnboardingException;

/** A certificate the federation CA issued for a node, with its revocation state. */
@Entity
@Table(name = "node_certificate", schema = "onboarding")
@NamedQuery(name = "NodeCertificate.findByNode",
        query = "select c from NodeCertificate c where c.nodeId = :node order by c.issuedAt desc")
@NamedQuery(name = "NodeCertificate.findListed",
        query = "select c from NodeCertificate c where c.caId = :ca"
                + " and c.status <> org.guildhall.onboarding.certification.entity.CertificateStatus.VALID"
                + " order by c.revokedAt, c.serial")
@NamedQuery(name = "NodeCertificate.findValidExpiringBefore",
        query = "select c from NodeCertificate c where c.status = org.guildhall.onboarding.certification.entity.CertificateStatus.VALID"
                + " and c.notAfter < :before order by c.notAfter")
public class NodeCertificate {

    @Id
    private String serial;
    @Column(name = "node_id")
    private UUID nodeId;
    @Column(name = "ca_id")
    private UUID caId;
    private byte[] der;
    private String subject;
    @Column(name = "not_before")
    private Instant notBefore;
    @Column(name = "not_after")
    private Instant notAfter;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected NodeCertificate() {
    }

    /** @param serialHex the serial number in lower-case hex */
    public NodeCertificate(String serialHex, UUID nodeId, UUID caId, byte[] der, String subject, Instant notBefore,
                           Instant notAfter, Instant issuedAt) {
        this.serial = Objects.requireNonNull(serialHex);
        this.nodeId = Objects.requireNonNull(nodeId);
        this.caId = Objects.requireNonNull(caId);
        this.der = der.clone();
        this.subject = subject;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.status = CertificateStatus.VALID;
        this.issuedAt = issuedAt;
    }

    /** Puts the certificate on hold, revokes or supersedes it; {@code reason} is an RFC 5280 reason name. */
    public void list(CertificateStatus newStatus, String reason, Instant at) {
        if (newStatus == CertificateStatus.VALID) {
            throw new IllegalArgumentException("Use release() to take a certificate off hold");
        }
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED) {
            throw OnboardingException.conflict("certificate-revoked", "Certificate " + serial + " is already "
                    + status.name().toLowerCase() + ".");
        }
        status = newStatus;
        revocationReason = Objects.requireNonNull(reason);
        revokedAt = at;
    }

    /** Takes a certificate off hold (its node was reinstated). */
    public void release() {
        if (status != CertificateStatus.ON_HOLD) {
            throw OnboardingException.conflict("certificate-not-on-hold", "Certificate " + serial + " is not on hold.");
        }
        status = CertificateStatus.VALID;
        revocationReason = null;
        revokedAt = null;
    }

    /** Valid and within {@code window} of its expiry at {@code now}: time to renew. */
    public boolean isDueForRenewal(Instant now, Duration window) {
        return status == CertificateStatus.VALID && !now.isBefore(notAfter.minus(window));
    }

    public String getSerial() { return serial; }
    public UUID getNodeId() { return nodeId; }
    public UUID getCaId() { return caId; }
    public byte[] getDer() { return der.clone(); }
    public String getSubject() { return subject; }
    public Instant getNotBefore() { return notBefore; }
    public Instant getNotAfter() { return notAfter; }
    public CertificateStatus getStatus() { return status; }
    public String getRevocationReason() { return revocationReason; }
    public Instant getRevokedAt() { return revokedAt; }
    public Instant getIssuedAt() { return issuedAt; }
}
