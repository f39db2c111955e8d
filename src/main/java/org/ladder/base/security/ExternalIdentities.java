package org.ladder.base.security;

import java.util.Optional;

/**
 * How a sign-in through an external identity provider finds its person. Implemented by the people module (as it
 * implements Spring's {@code UserDetailsService} for the local login), so that base depends on nothing of ours.
 * Both lookups also return deactivated people, so that the caller can refuse them with the right reason.
 */
public interface ExternalIdentities {

    /** The person with this e-mail address (case-insensitive), active or not. */
    Optional<LadderUser> findByEmail(String email);

    /** The person with this external id (the id the organisation import uses), active or not. */
    Optional<LadderUser> findByExternalId(String externalId);
}
