package org.ladder.reviews;

/** A review step refused in the review's current state; the message is for the user. Nothing was saved. */
public class ReviewRefusedException extends RuntimeException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
