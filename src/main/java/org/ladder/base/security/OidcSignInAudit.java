package org.ladder.base.security;

import org.ladder.base.audit.AuditLog;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit lines of sign-ins through an OpenID Connect provider: who signed in, and every refusal and why. */
final class OidcSignInAudit {

    static final String SIGNED_IN = "sign-in.oidc";
    static final String REFUSED = "sign-in.oidc-refused";

    private final AuditLog audit;
    private final TransactionTemplate tx;

    OidcSignInAudit(AuditLog audit, TransactionTemplate tx) {
        this.audit = audit;
        this.tx = tx;
    }

    /** After a successful sign-in: the actor is the person now signed in. */
    void signedIn(OidcLadderUser user) {
        tx.executeWithoutResult(s -> audit.record(SIGNED_IN, "person", user.personId(),
                "Signed in through " + user.registrationId() + " (subject " + user.getSubject() + ") with roles "
                        + user.roles()));
    }

    void refused(String registrationId, String subject, OidcAccountRules.Outcome outcome) {
        Long personId = outcome.person() == null ? null : outcome.person().personId();
        tx.executeWithoutResult(s -> audit.record(REFUSED, "person", personId, "Refused through " + registrationId
                + " (subject " + subject + "): " + outcome.refusal().code() + ", " + outcome.detail()));
    }

    /** A sign-in that failed before any person was looked at (provider error, cancelled, tampered state...). */
    void failed(String errorCode) {
        tx.executeWithoutResult(s -> audit.record(REFUSED, "person", null, "Sign-in through the identity provider "
                + "failed: " + errorCode));
    }
}
