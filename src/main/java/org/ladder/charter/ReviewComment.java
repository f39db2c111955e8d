package org.ladder.charter;

import java.time.Instant;

/** An approver's decision and comment on a version. */
public record ReviewComment(String reviewerName, boolean approved, String comment, Instant decidedAt) {
}
