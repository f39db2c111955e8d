package org.ladder.reviews;

import java.time.Instant;

/**
 * A colleague's input request as the colleague sees it: whose review (the name only — nothing of the review
 * itself), which round, until when, and what they wrote.
 */
public record PeerRequest(long reviewId, long personId, String personName, String roundName, String status,
        String input, Instant dueAt, boolean open) {
}
