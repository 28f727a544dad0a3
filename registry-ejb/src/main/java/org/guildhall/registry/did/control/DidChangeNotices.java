package org.guildhall.registry.did.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.guildhall.registry.did.entity.DidChanged;

/**
 * Tells every portal instance that a DID changed: a PostgreSQL {@code NOTIFY} on channel
 * {@value #CHANNEL} with the DID as payload, sent in the registrar's transaction, so it is delivered
 * when (and only if) the change commits. {@code DidChangeListener} hears them and evicts the DID from
 * its instance's {@link ResolutionCache}.
 */
@ApplicationScoped
public class DidChangeNotices {

    public static final String CHANNEL = "guildhall_did_changed";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void announce(@Observes DidChanged change) {
        em.createNativeQuery("select cast(pg_notify('" + CHANNEL + "', ?1) as text)").setParameter(1, change.did())
                .getSingleResult();
    }
}
