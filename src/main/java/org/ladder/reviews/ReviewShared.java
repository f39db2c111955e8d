package org.ladder.reviews;

/** A manager shared a review with the person (who is asked to acknowledge it). */
public record ReviewShared(long reviewId, long personId, Long sharedById) {
}
