package org.guildhall.portal.onboarding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guildhall.onboarding.application.entity.OnboardingException;
import org.guildhall.portal.shell.Messages;

/**
 * What the onboarding pages share: reading ids from URLs, answering 404, and showing the boundary's
 * refusals as page messages in the reader's language (a bundle entry {@code onboarding.problem.<problem>}
 * when there is one, else the boundary's English message, which names the offending value).
 */
final class OnboardingPages {

    /** The form field each refusal is about, by problem; the others are shown at the top of the page. */
    private static final Map<String, String> FIELDS = Map.of(
            "invalid-enode", "enode", "duplicate-enode", "enode",
            "invalid-node-public-key", "nodePublicKey",
            "invalid-csr", "csr", "invalid-csr-signature", "csr", "weak-key", "csr", "duplicate-key", "csr",
            "unknown-domain", "domain", "duplicate-node", "name");

    private OnboardingPages() {
    }

    static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Ends the request with an error status; the container shows its error page. */
    static void sendError(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, status == 404 ? "Not found" : "Not allowed");
        faces.responseComplete();
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The refusal in the reader's language. */
    static String text(OnboardingException refusal) {
        String key = "onboarding.problem." + refusal.problem();
        String text = Messages.text(key);
        return text.equals(key) ? refusal.getMessage() : text;
    }

    /** The field (its id in the form) a refusal is about, if it is about one. */
    static Optional<String> field(OnboardingException refusal) {
        return Optional.ofNullable(FIELDS.get(refusal.problem()));
    }

    /** Shows a refusal at the top of the page. */
    static void show(OnboardingException refusal) {
        Messages.errorText(text(refusal));
    }

    /** Shows a message next to a field (its client id). */
    static void showAt(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** The outcome that shows an application after a change (post, redirect, get). */
    static String application(UUID id) {
        return "/onboarding/application.xhtml?faces-redirect=true&id=" + id;
    }
}
