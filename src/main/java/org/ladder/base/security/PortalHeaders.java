package org.ladder.base.security;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's Content-Security-Policy and Referrer-Policy (ADR 0013). Vaadin Flow needs inline and eval'd
 * scripts ({@code script-src 'unsafe-inline' 'unsafe-eval'}) and inline styles; everything else is this server
 * only, including the WebSocket of Vaadin push (named explicitly, as 'self' does not cover ws: in every browser).
 */
final class PortalHeaders {

    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    private PortalHeaders() {
    }

    static String contentSecurityPolicy(HttpServletRequest request) {
        String host = request.getServerName() + ":" + request.getServerPort();
        String ws = ("https".equalsIgnoreCase(request.getScheme()) ? "wss://" : "ws://") + host;
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self' " + ws + "; "
                + "frame-ancestors 'none'; "
                + "form-action 'self'; "
                + "base-uri 'self'; "
                + "object-src 'none'";
    }

    static HeaderWriter contentSecurityPolicyWriter() {
        return (HttpServletRequest request, HttpServletResponse response) -> {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", contentSecurityPolicy(request));
            }
        };
    }
}
