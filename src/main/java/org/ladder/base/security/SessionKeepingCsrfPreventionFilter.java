package org.ladder.base.security;

import java.io.IOException;
import java.util.Enumeration;

import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The engine webapps' CSRF filter, except that a request without a valid token is refused without ending the
 * session: the engine's filter invalidates it, and the session is the whole portal's, so any page could sign
 * a person out with one cross-site POST. Registered under the engine's own filter name, so the engine skips its
 * copy (see {@link EngineWebappSecurity}).
 */
public class SessionKeepingCsrfPreventionFilter extends CsrfPreventionFilter {

    @Override
    protected boolean doTokenValidation(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return super.doTokenValidation(new KeepSession(request), response);
    }

    private static final class KeepSession extends HttpServletRequestWrapper {

        KeepSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return wrap(super.getSession());
        }

        @Override
        public HttpSession getSession(boolean create) {
            return wrap(super.getSession(create));
        }

        private static HttpSession wrap(HttpSession session) {
            return session == null ? null : new UninvalidatableSession(session);
        }
    }

    private record UninvalidatableSession(HttpSession delegate) implements HttpSession {

        @Override
        public void invalidate() {
            // a refused request must not end the portal session
        }

        @Override
        public long getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public long getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public ServletContext getServletContext() {
            return delegate.getServletContext();
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public int getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public Object getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
        }

        @Override
        public boolean isNew() {
            return delegate.isNew();
        }
    }
}
