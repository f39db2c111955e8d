package org.ladder.reviews;

/**
 * A rating was changed in calibration: the manager who wrote the review is told ({@code notifications} writes the
 * words). Ids and numbers only; no reason (the manager reads it in the review).
 */
public record RatingRevised(long reviewId, long personId, Long managerId, RatingKind kind, int fromRating,
        int toRating, Long revisedById) {
}
