package org.guildhall.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.guildhall.portal.api.ProblemJson;

/**
 * One mechanism for the whole portal: a bearer token authenticates an API call on its own, every
 * time (no session is made for it, so a revoked or expired token stops working at once, whatever
 * cookies the client keeps); a login (from the login page, through {@code SecurityContext.authenticate})
 * opens a session with a fresh id, which later requests reuse; anonymous callers of a protected page
 * go to the login page, of a protected API call get 401 problem+json.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    /** The signed-in caller, kept in the session at login; the session ends at logout. */
    static final String SESSION_CALLER = PortalAuthentication.class.getName() + ".caller";

    /** Who signed in and their groups at that moment. */
    record SessionCaller(String name, Set<String> groups) implements java.io.Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            CredentialValidationResult result = identityStores.validate(
                    new BearerTokenCredential(authorization.substring(BEARER.length()).strip()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return unauthorized(response, context, "The bearer token is unknown, expired or revoked.");
            }
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return resumeSession(context, signedIn);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            // A protected page's check does not see the registered session's caller: the login keeps the
            // caller in the session itself, so every page of a signed-in user, protected or not, knows them.
            // (Soteria's @LoginToContinue sent such requests to the login page before this method ran.)
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected() && isApi(request)) {
            return unauthorized(response, context, "Sign in, or send an API token as 'Authorization: Bearer <token>'.");
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    /** The session of an earlier login: the container knows the caller and its groups from it. */
    private static AuthenticationStatus resumeSession(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("Cannot resume the session of " + caller.getName(), e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/1.0/");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"guildhall\"");
            response.setContentType("application/problem+json");
            response.getWriter().write(ProblemJson.of(org.guildhall.portal.api.Problem.BASE + "unauthenticated",
                    "Authentication required", 401, detail));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
