package org.ladder.base.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID Connect provider: the same {@link LadderUser} the rest of the portal
 * sees (ids, name, roles), plus the provider's tokens for sign-out at the provider. Its name is the Ladder
 * username, so audit lines and the engine's webapps name the person as after a local sign-in.
 */
public final class OidcLadderUser extends LadderUser implements OidcUser {

    private final String registrationId;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> attributes;

    OidcLadderUser(LadderUser person, Set<Role> roles, String registrationId, OidcUser providerUser) {
        super(person.personId(), person.getUsername(), person.displayName(), null, person.active(), roles);
        this.registrationId = registrationId;
        this.idToken = providerUser.getIdToken();
        this.userInfo = providerUser.getUserInfo();
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(providerUser.getAttributes()));
    }

    /** The provider's registration id, e.g. {@code keycloak}. */
    public String registrationId() {
        return registrationId;
    }

    @Override
    public boolean isEnabled() {
        return active(); // no local password: the provider checked the credentials
    }

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public Map<String, Object> getClaims() {
        return attributes;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public String toString() {
        return "OidcLadderUser[" + getUsername() + " via " + registrationId + "]";
    }
}
