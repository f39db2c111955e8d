package org.ladder.reviews;

import java.time.LocalDate;

/**
 * A review round to start.
 *
 * @param roundKey  unique per round, e.g. {@code cycle-42}; part of every review's business key
 * @param name      shown to people ("Reviews — H2 2026")
 * @param periodStart first day of the period under review (goals, check-ins and feedback of this period)
 * @param periodEnd   last day of the period under review
 * @param templateId  the template; the review keeps the version that is current now
 * @param unitId      the unit subtree in scope, or {@code null} for everyone
 * @param startedBy   who started it (a person's name, or "Alignment cycle …"), for the audit
 */
public record ReviewRoundRequest(String roundKey, String name, LocalDate periodStart, LocalDate periodEnd,
        long templateId, Long unitId, String startedBy) {
}
