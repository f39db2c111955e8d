package org.ladder.base.security;

import java.io.IOException;

import org.ladder.base.persistence.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failed sign-in goes back to the login page: {@code ?error} for wrong credentials, {@code ?unavailable} when
 * the credentials could not be checked at all (the database cannot be reached, or the account lookup failed), so
 * that nobody is told to check a password that was right.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        boolean unavailable = exception instanceof InternalAuthenticationServiceException
                || DatabaseUnavailable.isCause(exception);
        if (unavailable) {
            log.warn("Sign-in could not check the credentials: {}", String.valueOf(exception.getCause()));
        }
        response.sendRedirect(request.getContextPath() + (unavailable ? "/login?unavailable" : "/login?error"));
    }
}
