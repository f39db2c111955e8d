package org.ladder.reviews;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the caller's own reviews, current or past: the ratings only once shared (null before).
 * {@code writeSelfReview}: the self review is open for them.
 */
public record MyReview(long reviewId, long version, String roundKey, String roundName, LocalDate periodStart,
        LocalDate periodEnd, ReviewStep step, Instant dueAt, boolean writeSelfReview, Instant sharedAt,
        String performance, String alignment, Instant acknowledgedAt, boolean acknowledge) {
}
