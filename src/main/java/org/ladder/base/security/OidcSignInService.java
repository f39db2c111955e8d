package org.ladder.base.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the provider's user (ID token, and user info where the provider offers it) into the Ladder person it
 * names, or refuses the sign-in with an {@link OidcRefusal} as the error code. Every refusal is audited here,
 * with what it was about; a successful sign-in is audited once the session exists.
 */
final class OidcSignInService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcAccountRules rules;
    private final OidcSignInAudit audit;

    OidcSignInService(OidcAccountRules rules, OidcSignInAudit audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser providerUser = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        OidcAccountRules.Outcome outcome = rules.resolve(providerUser.getClaims());
        if (!outcome.isAccepted()) {
            audit.refused(registrationId, providerUser.getSubject(), outcome);
            throw new OidcRefusedException(outcome.refusal());
        }
        return new OidcLadderUser(outcome.person(), outcome.roles(), registrationId, providerUser);
    }
}
