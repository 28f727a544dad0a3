package org.guildhall.onboarding.nodetype.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.onboarding.nodetype.entity.NodeType;
import org.guildhall.onboarding.nodetype.entity.NodeTypeRequirements;
import org.guildhall.registry.audit.boundary.AuditTrail;

/** The node types and their admission requirements: public to read, the admin changes them. */
@Stateless
public class NodeTypes {

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Resource
    SessionContext session;

    @PermitAll
    public List<NodeType> all() {
        return em.createNamedQuery("NodeType.findAll", NodeType.class).getResultList();
    }

    @PermitAll
    public Optional<NodeType> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(NodeType.class, code));
    }

    @RolesAllowed("admin")
    public NodeType require(@NotNull String code, @NotNull @Valid NodeTypeRequirements requirements) {
        NodeType type = Optional.ofNullable(em.find(NodeType.class, code, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> OnboardingException.notFound("No node type " + code + "."));
        try {
            type.require(requirements);
        } catch (IllegalArgumentException e) {
            throw OnboardingException.invalid("invalid-node-type", e.getMessage());
        }
        audit.record(session.getCallerPrincipal().getName(), "onboarding", "node-type.changed", code,
                requirements.toString());
        return type;
    }

    /** Sets a type's requirements at start-up (demo data). For trusted start-up code only. */
    @PermitAll
    public void provisionRequirements(@NotNull String code, @NotNull NodeTypeRequirements requirements) {
        em.find(NodeType.class, code).require(requirements);
    }
}
