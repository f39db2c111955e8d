package org.ladder.base.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses state-changing requests that a page of another site made the browser send: the Origin header (or,
 * when a browser sent none, the Referer) must name this server. Guards the sign-in form (login CSRF) and the
 * engine's endpoints. Where a custom header is required too, a cross-site page cannot send the request without a
 * CORS preflight, which this server never approves. Clients that are not browsers send no Origin and pass the
 * origin check. See ADR 0013.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    /** The header that scripts calling the engine's REST API send (any value), as browsers' XHR libraries do. */
    static final String REQUIRED_HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final boolean requireHeader;

    private CrossSiteRequestGuard(boolean requireHeader) {
        this.requireHeader = requireHeader;
    }

    /** Same-origin check only: the portal's own pages (the sign-in form, Vaadin's requests). */
    static CrossSiteRequestGuard sameOrigin() {
        return new CrossSiteRequestGuard(false);
    }

    /** Same-origin check and the custom header: the engine's REST API. */
    static CrossSiteRequestGuard sameOriginAndCustomHeader() {
        return new CrossSiteRequestGuard(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        if (!fromThisSite(request)) {
            refuse(response, "Cross-site request refused.");
            return;
        }
        if (requireHeader && isBlank(request.getHeader(REQUIRED_HEADER))) {
            refuse(response, "State-changing engine requests need the header " + REQUIRED_HEADER + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Answers directly (no error dispatch, which would try to parse a refused multipart body). */
    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            return referer == null || sameOrigin(referer, request);
        }
        return sameOrigin(origin, request); // "null" (sandboxed or privacy-stripped) is never ours
    }

    private static boolean sameOrigin(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
