package org.ladder.base.security;

import org.ladder.base.ui.NoAccessView;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What both filter chains add to Spring Security's and Vaadin's defaults (ADR 0013): cross-site request checks,
 * the Content-Security-Policy and Referrer-Policy, and the portal's own access-denied page for the engine's
 * webapps. Kept apart from {@link SecurityConfig} so that each concern stays one line there.
 */
public final class PortalHardening {

    /** The route where a person signed in with a one-time password chooses their own. */
    public static final String PASSWORD_CHANGE_ROUTE = "account/password";

    private PortalHardening() {
    }

    private static SessionFreshnessFilter sessionFreshness(HttpSecurity http) {
        return new SessionFreshnessFilter(http.getSharedObject(ApplicationContext.class).getBean(AccountStates.class));
    }

    /** The portal's chain (Vaadin views, the sign-in form). */
    static void portal(HttpSecurity http) throws Exception {
        http.addFilterAfter(sessionFreshness(http), SecurityContextHolderFilter.class);
        http.addFilterBefore(CrossSiteRequestGuard.sameOrigin(), CsrfFilter.class);
        http.headers(h -> h
                .addHeaderWriter(PortalHeaders.contentSecurityPolicyWriter())
                .referrerPolicy(r -> r.policy(PortalHeaders.REFERRER_POLICY)));
    }

    /**
     * The engine's chain: the REST API needs a same-origin request with a custom header for every change (the
     * webapps' own API has the engine's CSRF token as well); an employee who opens Cockpit sees the portal's
     * access-denied page, the API answers 403.
     */
    static void engine(HttpSecurity http, RequestMatcher rest) throws Exception {
        http.addFilterAfter(sessionFreshness(http), SecurityContextHolderFilter.class);
        // a one-time password is changed before anything else, the engine's webapps included
        http.addFilterAfter((request, response, chain) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof LadderUser user && user.passwordChangeRequired()) {
                HttpServletRequest r = (HttpServletRequest) request;
                ((HttpServletResponse) response).sendRedirect(r.getContextPath() + "/" + PASSWORD_CHANGE_ROUTE);
                return;
            }
            chain.doFilter(request, response);
        }, SessionFreshnessFilter.class);
        CrossSiteRequestGuard webappsGuard = CrossSiteRequestGuard.sameOrigin();
        CrossSiteRequestGuard restGuard = CrossSiteRequestGuard.sameOriginAndCustomHeader();
        http.addFilterBefore((request, response, chain) -> {
            HttpServletRequest r = (HttpServletRequest) request;
            (rest.matches(r) ? restGuard : webappsGuard).doFilter(request, response, chain);
        }, CsrfFilter.class);
        http.headers(h -> h.referrerPolicy(r -> r.policy(PortalHeaders.REFERRER_POLICY)));
        RequestMatcher webappPages = r -> r.getRequestURI().startsWith(r.getContextPath() + "/camunda/app/");
        http.exceptionHandling(ex -> ex
                .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendRedirect(
                        request.getContextPath() + "/" + NoAccessView.PATH), webappPages)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE));
    }
}
