package org.ladder.reviews;

import java.time.Instant;

/** A review as boards and lists show it: who, at which step, due when, late or not. */
public record ReviewRow(long reviewId, long version, String roundKey, long personId, String personName, Long unitId,
        String unitName, Long managerId, String managerName, ReviewStep step, Instant dueAt, boolean late) {
}
