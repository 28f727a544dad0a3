package org.guildhall.registry.identifier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.guildhall.registry.did.entity.DidRecord;
import org.guildhall.registry.identifier.entity.IdentifierException;

/** Who may own an identifier: a DID registered in this registry and not deactivated. */
@ApplicationScoped
public class OwnerDids {

    private static final int MAX_DID = 200;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /**
     * The DID, when it is registered here and active; {@code owner-did-not-active} otherwise. The DID's row
     * stays locked until the caller's transaction ends, so a deactivation running at the same moment
     * either comes first (and is seen here) or waits until the identifier naming the DID is written.
     */
    public String requireActive(String did) {
        DidRecord record = did == null || did.isBlank() || did.length() > MAX_DID ? null
                : em.find(DidRecord.class, did, LockModeType.PESSIMISTIC_READ);
        if (record == null) {
            throw IdentifierException.conflict("owner-did-not-active", "The owner " + did
                    + " is not a DID registered in this registry.");
        }
        if (record.isDeactivated()) {
            throw IdentifierException.conflict("owner-did-not-active", "The owner " + did
                    + " is deactivated; an identifier's owner is an active DID.");
        }
        return did;
    }
}
