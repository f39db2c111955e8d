package org.ladder.tasks;

/** An acknowledgement that cannot be given (the campaign was closed, the person left...); the message says why. */
public class AcknowledgementRefusedException extends RuntimeException {

    public AcknowledgementRefusedException(String message) {
        super(message);
    }
}
