package org.ladder.base.security;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling. Services use it for their access checks; views use it only to shape what they show.
 */
@Component
public class CurrentUser {

    public Optional<LadderUser> get() {
        return signedIn();
    }

    /** {@link #get()} for code that is no bean (e.g. an interface's default method). */
    public static Optional<LadderUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof LadderUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in person, or an {@link AccessDeniedException} when nobody is signed in. */
    public LadderUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }

    public boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }

    public boolean hasAnyRole(Role... roles) {
        return get().map(u -> Arrays.stream(roles).anyMatch(u::hasRole)).orElse(false);
    }

    /** Throws unless the caller holds at least one of the roles. */
    public LadderUser requireAnyRole(Role... roles) {
        LadderUser user = require();
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw new AccessDeniedException("You do not have access to this action.");
        }
        return user;
    }

    /**
     * Replaces the signed-in person's principal in their session (e.g. after they changed their own password,
     * which raised their security version), so that this session stays while their other sessions end.
     */
    public void replace(LadderUser user) {
        LadderUser current = require();
        if (current.personId() != user.personId()) {
            throw new AccessDeniedException("Only the signed-in person's own principal can be replaced.");
        }
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken fresh =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        fresh.setDetails(old.getDetails());
        SecurityContextHolder.getContext().setAuthentication(fresh);
    }

    /** For audit records: the username, or "system" outside a request. */
    public String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
