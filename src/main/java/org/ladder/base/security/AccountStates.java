package org.ladder.base.security;

import java.util.Optional;

/**
 * The port through which the security filters ask the people module, on every request, whether a session's
 * person may still use it (ADR 0013). Implemented by the people module.
 */
public interface AccountStates {

    /** A person's current security version and whether they are active; empty when there is no such person. */
    Optional<AccountState> of(long personId);

    record AccountState(long securityVersion, boolean active) {
    }
}
