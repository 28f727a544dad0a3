package org.guildhall.proposals.standard.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.guildhall.proposals.standard.entity.Standard;
import org.guildhall.proposals.standard.entity.StandardAdoption;
import org.guildhall.registry.audit.boundary.AuditTrail;

/** The standards catalogue: anyone reads it; standards enter it by adoption. */
@Stateless
public class Standards {

    private static final Logger LOG = Logger.getLogger(Standards.class.getName());

    @PersistenceContext(unitName = "proposals")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @PermitAll
    public List<Standard> all() {
        return em.createNamedQuery("Standard.findAll", Standard.class).getResultList();
    }

    /** Every version of a standard, newest first. */
    @PermitAll
    public List<Standard> versionsOf(String code) {
        return em.createNamedQuery("Standard.findByCode", Standard.class).setParameter("code", code).getResultList();
    }

    @PermitAll
    public Optional<Standard> active(String code) {
        return em.createNamedQuery("Standard.findActiveByCode", Standard.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * Adopts a standard (a new version supersedes the active one). Called when a Standards Track
     * proposal becomes Final, and by trusted start-up code (demo data); no endpoint calls it.
     */
    @PermitAll
    public Standard provisionAdoption(@NotNull @Valid StandardAdoption adoption, UUID proposalId) {
        return adopt(adoption, proposalId);
    }

    /**
     * Adopts the standard a Standards Track proposal defines, when its vote passed and it became
     * Final. Called by the closing of the vote, inside its transaction; no endpoint calls it.
     */
    @PermitAll
    public Standard adoptFinal(@NotNull @Valid StandardAdoption adoption, @NotNull UUID proposalId) {
        return adopt(adoption, proposalId);
    }

    private Standard adopt(StandardAdoption adoption, UUID proposalId) {
        Instant now = Instant.now(clock);
        Standard adopted = new Standard(adoption, proposalId, now);
        Optional<Standard> current = active(adopted.getCode());
        current.ifPresent(c -> {
            c.supersede(now);
            em.flush();
        });
        em.persist(adopted);
        em.flush();
        current.ifPresent(c -> c.succeededBy(adopted));
        audit.record("system", "proposals", "standard.adopted", adopted.getCode() + " " + adopted.getVersion(),
                adopted.getTitle());
        LOG.info(() -> "Standard " + adopted.getCode() + " " + adopted.getVersion() + " adopted");
        return adopted;
    }
}
