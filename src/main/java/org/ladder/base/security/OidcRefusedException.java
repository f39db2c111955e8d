package org.ladder.base.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A provider's user that Ladder refuses ({@link OidcAccountRules}); already audited when thrown. */
final class OidcRefusedException extends OAuth2AuthenticationException {

    private final transient OidcRefusal refusal;

    OidcRefusedException(OidcRefusal refusal) {
        super(new OAuth2Error(refusal.code(), refusal.message(), null), refusal.message());
        this.refusal = refusal;
    }

    OidcRefusal refusal() {
        return refusal;
    }
}
