package org.guildhall.proposals.decision.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.proposals.decision.entity.Decision;

/** The public record of decisions. */
@Stateless
@PermitAll
public class Decisions {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    public List<Decision> all() {
        return em.createNamedQuery("Decision.findAll", Decision.class).getResultList();
    }

    public Optional<Decision> byId(UUID id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    public Optional<Decision> ofProposal(UUID proposal) {
        return em.createNamedQuery("Decision.findByProposal", Decision.class)
                .setParameter("proposal", proposal).getResultStream().findFirst();
    }
}
