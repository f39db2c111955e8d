package org.ladder.cycles;

/**
 * A person who joined a unit during a cycle acknowledged the charter and has approved first goals aligned to the
 * unit's goals. Published in the transaction of the onboarding's last step.
 */
public record PersonOnboarded(long onboardingId, long cycleId, long personId, long unitId) {
}
