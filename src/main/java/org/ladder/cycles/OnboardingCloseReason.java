package org.ladder.cycles;

/**
 * Why an onboarding closed before it was done: the person left (deactivated), moved to another unit (a new
 * onboarding follows when the new unit is in a running cycle), or the cycle ended or was cancelled.
 */
public enum OnboardingCloseReason {
    LEFT("Left the organisation"), MOVED("Moved to another unit"), CYCLE_ENDED("The cycle ended");

    private final String label;

    OnboardingCloseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
