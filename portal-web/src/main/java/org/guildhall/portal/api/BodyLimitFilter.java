package org.guildhall.portal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses API request bodies over {@value #MAX_BYTES} bytes (413) before anything reads them. A
 * proposal body, the largest field, is limited to 100,000 characters.
 */
@WebFilter(filterName = "BodyLimitFilter", urlPatterns = {"/api/*", "/1.0/*"})
public class BodyLimitFilter extends HttpFilter {

    public static final long MAX_BYTES = 512 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > MAX_BYTES || chunked) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter().write(ProblemJson.of(Problem.BASE + "body-too-large", "Request body too large", 413,
                    "API request bodies are limited to " + MAX_BYTES + " bytes and must state their Content-Length."));
            return;
        }
        chain.doFilter(request, response);
    }
}
