package org.ladder.base.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session at its next request once its person was deactivated or their roles or password changed, on
 * whichever node changed them: the person's security version lives in the shared database and is read on every
 * request (one primary-key lookup). The request then goes on as anonymous: pages send the browser to the login
 * page, Vaadin's own requests answer "session expired". See ADR 0013.
 */
final class SessionFreshnessFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFreshnessFilter.class);

    private final AccountStates accounts;

    SessionFreshnessFilter(AccountStates accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof LadderUser user && !fresh(user)) {
            LOG.info("Ending the session of {}: deactivated, or roles or password changed", user.getUsername());
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean fresh(LadderUser user) {
        return accounts.of(user.personId())
                .map(state -> state.active() && (user.securityVersion() == LadderUser.UNKNOWN_VERSION
                        || user.securityVersion() == state.securityVersion()))
                .orElse(false);
    }
}
