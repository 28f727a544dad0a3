package org.guildhall.portal.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolationException;
import jakarta.el.ELException;
import java.util.Iterator;
import org.guildhall.proposals.proposal.entity.ProposalException;
import org.guildhall.registry.accounts.entity.AccountException;
import org.guildhall.registry.membership.entity.MembershipException;

/**
 * Shows the rules' refusals (a vote after close, a duplicate name, a missing role) as messages on
 * the page the user is on, instead of an error page. Anything else goes to the default handler.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    public DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = unwrap(events.next().getContext().getException());
            String message = messageFor(cause);
            if (message != null) {
                Messages.errorText(message);
                events.remove();
                FacesContext.getCurrentInstance().renderResponse();
            }
        }
        getWrapped().handle();
    }

    static String messageFor(Throwable cause) {
        if (cause instanceof ProposalException || cause instanceof MembershipException || cause instanceof AccountException
                || cause instanceof org.guildhall.onboarding.application.entity.OnboardingException
                || cause instanceof org.guildhall.onboarding.application.entity.ChecksFailedException
                || cause instanceof org.guildhall.registry.domain.entity.DomainException
                || cause instanceof org.guildhall.registry.identifier.entity.IdentifierException) {
            return cause.getMessage();
        }
        if (cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
            return Messages.text("error.forbidden");
        }
        if (cause instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse(Messages.text("error.invalid"));
        }
        return null;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof FacesException || cause instanceof ELException
                || (cause instanceof EJBException && !(cause instanceof EJBAccessException)
                && !(cause instanceof jakarta.ejb.AccessLocalException)))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
