package org.guildhall.proposals.voting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.guildhall.proposals.voting.control.ReceiptSigner;
import org.guildhall.proposals.voting.entity.ReceiptKey;

/**
 * The portal's receipt-signing key, made on first use in a transaction of its own (so that it is
 * stored before any receipt it signs is handed out) and shared by every portal instance: two
 * instances racing to make it both end up with the one that was stored first.
 */
@Stateless
@PermitAll
public class ReceiptKeys {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String privateJwk() {
        ReceiptKey key = em.find(ReceiptKey.class, ReceiptKey.ID);
        if (key != null) {
            return key.getPrivateJwk();
        }
        em.createNativeQuery("insert into proposals.receipt_key (id, private_jwk, created_at) values (?1, ?2, ?3)"
                        + " on conflict (id) do nothing")
                .setParameter(1, ReceiptKey.ID)
                .setParameter(2, ReceiptSigner.generateKey())
                .setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        return (String) em.createNativeQuery("select private_jwk from proposals.receipt_key where id = ?1")
                .setParameter(1, ReceiptKey.ID).getSingleResult();
    }
}
