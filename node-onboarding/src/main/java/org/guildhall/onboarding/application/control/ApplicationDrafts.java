package org.guildhall.onboarding.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.ApplicationEvent;
import org.guildhall.onboarding.application.entity.ApplicationForm;
import org.guildhall.onboarding.application.entity.NodeApplication;
import org.guildhall.onboarding.nodetype.entity.NodeType;

/**
 * Starts an application: validates the form as every save is validated, numbers it from the
 * sequence, stores it with its keys in canonical form, and records its first history entry.
 */
@ApplicationScoped
public class ApplicationDrafts {

    @PersistenceContext(unitName = "onboarding")
    EntityManager em;
    @Inject
    DraftValidation validation;

    public NodeApplication start(UUID organisation, String applicant, ApplicationForm form, NodeType type, Instant at) {
        DraftValidation.ParsedForm parsed = validation.validate(form, type, null);
        long number = ((Number) em.createNativeQuery("select nextval('onboarding.node_application_number')")
                .getSingleResult()).longValue();
        NodeApplication application = NodeApplication.draft(number, organisation, applicant, canonical(form, parsed),
                parsed.csrPem(), parsed.keyFingerprint(), at);
        em.persist(application);
        em.flush(); // EclipseLink orders inserts by class, not by persist: the row its events refer to goes first
        em.persist(new ApplicationEvent(application.getId(), applicant, "created", "Draft " + application.reference()
                + " for " + type.getNameEn().toLowerCase() + " " + form.name() + ".", at));
        return application;
    }

    /** The form with its enode URL and CSR as stored: canonical enode, re-encoded PEM. */
    public static ApplicationForm canonical(ApplicationForm form, DraftValidation.ParsedForm parsed) {
        return new ApplicationForm(form.nodeType(), form.domain(), form.name(), parsed.canonicalEnode(),
                form.nodePublicKey(), parsed.csrPem(), form.declaredStandards(), form.serviceLevel(), form.contact());
    }
}
