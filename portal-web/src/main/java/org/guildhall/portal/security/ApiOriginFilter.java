package org.guildhall.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guildhall.portal.api.ProblemJson;
import java.net.URI;
import java.util.Set;

/**
 * CSRF protection for the REST API: a state-changing call that relies on the session cookie (no
 * bearer token) must come from the portal's own origin, proven by its Origin (or Referer) header.
 * Bearer-token calls cannot be forged by another site and pass.
 */
@WebFilter(filterName = "ApiOriginFilter", urlPatterns = {"/api/*", "/1.0/*"})
public class ApiOriginFilter extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || hasBearer(request) || request.getRequestedSessionId() == null
                || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.getWriter().write(ProblemJson.of(org.guildhall.portal.api.Problem.BASE + "cross-site-request",
                "Cross-site request refused", 403,
                "A state-changing call with a session cookie must come from the portal itself; use a bearer token."));
    }

    private static boolean hasBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || "null".equals(source)) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return false;
        }
        try {
            URI uri = URI.create(source);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
