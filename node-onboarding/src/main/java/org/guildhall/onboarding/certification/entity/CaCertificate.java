package org.guildhall.onboarding.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The federation CA's self-signed certificate for one HSM key. A new key (a new token, a key
 * rotation) gets a new CA certificate; certificates and CRLs say which one issued them.
 */
@Entity
@Table(name = "ca_certificate", schema = "onboarding")
@NamedQuery(name = "CaCertificate.findByKey",
        query = "select c from CaCertificate c where c.publicKeySha256 = :key")
@NamedQuery(name = "CaCertificate.findAll", query = "select c from CaCertificate c order by c.createdAt desc")
public class CaCertificate {

    @Id
    private UUID id;
    private byte[] der;
    @Column(name = "public_key_sha256")
    private String publicKeySha256;
    private String subject;
    @Column(name = "not_before")
    private Instant notBefore;
    @Column(name = "not_after")
    private Instant notAfter;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaCertificate() {
    }

    public CaCertificate(byte[] der, String publicKeySha256, String subject, Instant notBefore, Instant notAfter,
                         Instant createdAt) {
        this.id = UUID.randomUUID();
        this.der = der.clone();
        this.publicKeySha256 = publicKeySha256;
        this.subject = subject;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public byte[] getDer() { return der.clone(); }
    public String getPublicKeySha256() { return publicKeySha256; }
    public String getSubject() { return subject; }
    public Instant getNotBefore() { return notBefore; }
    public Instant getNotAfter() { return notAfter; }
    public Instant getCreatedAt() { return createdAt; }
}
