package org.ladder.base.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees it. Built by the people module; carries only ids and names.
 * Extended only by {@link OidcLadderUser}, the same person signed in through an OpenID Connect provider.
 */
public class LadderUser implements UserDetails {

    private final long personId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean active;
    private final Set<Role> roles;
    private final long securityVersion;
    private final boolean passwordChangeRequired;

    /**
     * A user whose sessions are not tied to a security version: they still end when the person is deactivated.
     */
    public LadderUser(long personId, String username, String displayName, String passwordHash, boolean active,
            Set<Role> roles) {
        this(personId, username, displayName, passwordHash, active, roles, UNKNOWN_VERSION, false);
    }

    /** Marks a user built without the person's security version. */
    public static final long UNKNOWN_VERSION = -1;

    /**
     * @param securityVersion the person's security version when signing in: sessions end once it changes
     * @param passwordChangeRequired signed in with a one-time password, to be changed before anything else
     */
    public LadderUser(long personId, String username, String displayName, String passwordHash, boolean active,
            Set<Role> roles, long securityVersion, boolean passwordChangeRequired) {
        this.securityVersion = securityVersion;
        this.passwordChangeRequired = passwordChangeRequired;
        this.personId = personId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public long securityVersion() {
        return securityVersion;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether the person is active in Ladder (a deactivated person may not sign in by any means). */
    public boolean active() {
        return active;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).collect(Collectors.toList());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active && passwordHash != null;
    }

    @Override
    public String toString() {
        return "LadderUser[" + username + "]";
    }
}
