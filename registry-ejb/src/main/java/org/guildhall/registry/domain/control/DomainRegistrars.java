package org.guildhall.registry.domain.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import org.guildhall.registry.accounts.entity.Account;
import org.guildhall.registry.accounts.entity.Role;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.domain.entity.DomainException;

/** Who registers under a domain: a user with the registrar role in the organisation that governs it. */
@ApplicationScoped
public class DomainRegistrars {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** The domain, when {@code username} is one of its registrars; refused otherwise. */
    public Domain requireRegistrar(String domainCode, String username) {
        Domain domain = Domain.isCode(domainCode) ? em.find(Domain.class, domainCode) : null;
        if (domain == null) {
            throw DomainException.notFound(domainCode);
        }
        Account account = em.find(Account.class, username);
        if (account == null || !account.isEnabled() || !account.hasRole(Role.REGISTRAR)
                || !Objects.equals(account.getOrganisationId(), domain.getGovernedBy())) {
            throw new DomainException(DomainException.Reason.FORBIDDEN, "not-registrar", "You are not a registrar of domain "
                    + domainCode + ": registrars act for the organisation that governs it.");
        }
        return domain;
    }
}
