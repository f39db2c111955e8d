package org.ladder.people;

/** A new password that does not meet the rules; the message says which. */
public class PasswordRejectedException extends RuntimeException {

    public PasswordRejectedException(String message) {
        super(message);
    }
}
