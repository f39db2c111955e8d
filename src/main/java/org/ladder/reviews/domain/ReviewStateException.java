package org.ladder.reviews.domain;

/** A step that a review's state does not allow now; the message is for the user. Nothing was saved. */
public class ReviewStateException extends RuntimeException {

    public ReviewStateException(String message) {
        super(message);
    }
}
