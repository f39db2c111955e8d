package org.ladder.reviews;

import java.time.Instant;
import java.time.LocalDate;

/** A round as HR's list shows it. {@code unitId} null: everyone. */
public record ReviewRoundSummary(String roundKey, String name, LocalDate periodStart, LocalDate periodEnd,
        Long unitId, String unitName, String startedBy, Instant startedAt, Instant cancelledAt, long reviews) {
}
