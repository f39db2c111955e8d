package org.ladder.base.security;

import org.ladder.base.persistence.DatabaseUnavailable;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The portal's username-and-password sign-in, throttled by {@link SignInThrottle}. A locked account or address
 * gets the same answer as a wrong password, so the login page tells nobody whether an account exists or is locked.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        try {
            if (throttle.lockedUntil(login, address).isPresent()) {
                throttle.refusedWhileLocked(login, address);
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication result;
            try {
                result = delegate.authenticate(authentication);
            } catch (InternalAuthenticationServiceException e) {
                throw e; // the credentials could not be checked: not a failed attempt
            } catch (AuthenticationException e) {
                throttle.failed(login, address);
                throw e;
            }
            throttle.succeeded(login, address);
            return result;
        } catch (RuntimeException e) {
            if (e instanceof AuthenticationException || !DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // the throttle's own table is out of reach (database outage): say sign-in is unavailable
            throw new InternalAuthenticationServiceException("Sign-in could not be checked", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
