package org.guildhall.onboarding.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One CRL the CA signed; the highest number of a CA is the current one. */
@Entity
@Table(name = "crl", schema = "onboarding")
@IdClass(RevocationList.Key.class)
@NamedQuery(name = "RevocationList.findLatest",
        query = "select l from RevocationList l where l.caId = :ca order by l.number desc")
public class RevocationList {

    @Id
    @Column(name = "ca_id")
    private UUID caId;
    @Id
    private long number;
    private byte[] der;
    @Column(name = "this_update")
    private Instant thisUpdate;
    @Column(name = "next_update")
    private Instant nextUpdate;

    protected RevocationList() {
    }

    public RevocationList(UUID caId, long number, byte[] der, Instant thisUpdate, Instant nextUpdate) {
        this.caId = caId;
        this.number = number;
        this.der = der.clone();
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
    }

    public UUID getCaId() { return caId; }
    public long getNumber() { return number; }
    public byte[] getDer() { return der.clone(); }
    public Instant getThisUpdate() { return thisUpdate; }
    public Instant getNextUpdate() { return nextUpdate; }

    /** The composite key: CA and number. */
    public static class Key implements Serializable {
        private UUID caId;
        private long number;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && number == k.number && Objects.equals(caId, k.caId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caId, number);
        }
    }
}
