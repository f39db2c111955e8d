package org.ladder.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a demo person in for service-level tests (the services check the caller). */
@Component
public class SignedIn {

    private final UserDetailsService users;

    SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public UsernamePasswordAuthenticationToken as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken auth =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    public void nobody() {
        SecurityContextHolder.clearContext();
    }
}
