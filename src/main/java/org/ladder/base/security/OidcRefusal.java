package org.ladder.base.security;

import java.util.Arrays;

/**
 * Why a sign-in through the identity provider was refused. The code travels in the login page's address
 * ({@code /login?sso=unknown}); the message is what the login page shows.
 */
public enum OidcRefusal {
    UNKNOWN("unknown", "Your account at the identity provider matches no active person in Ladder. "
            + "Ask HR to add you (with the same e-mail address or employee id) and try again."),
    DEACTIVATED("deactivated", "Your Ladder account has been deactivated. Ask HR if you think this is a mistake."),
    UNVERIFIED("unverified", "Your e-mail address at the identity provider is not verified, so it cannot be "
            + "matched to a person in Ladder. Verify it there and try again."),
    NO_ROLE("no-role", "Your account at the identity provider grants no Ladder role. "
            + "Ask your administrator to assign you one."),
    FAILED("failed", "Signing in through the identity provider did not complete. Please try again.");

    /** The query parameter of the login page that carries the code. */
    public static final String PARAMETER = "sso";

    private final String code;
    private final String message;

    OidcRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The refusal named by a code; an unknown code reads as a failed sign-in. */
    public static OidcRefusal fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(FAILED);
    }
}
