package org.ladder.cycles;

import java.time.Instant;

/**
 * One person's onboarding on the cycle page: who, in which unit, with which manager, where it stands and by when.
 * {@code escalatedTo} is “Manager” or “HR” once the first goals task was offered to them; {@code closeReason} is
 * set for a closed one.
 */
public record OnboardingRow(long onboardingId, long personId, String personName, long unitId, String unitName,
        String managerName, OnboardingStage stage, Instant joinedAt, Instant acknowledgedAt, Instant goalsDueAt,
        boolean overdue, Instant remindedAt, String escalatedTo, Instant doneAt, OnboardingCloseReason closeReason) {
}
